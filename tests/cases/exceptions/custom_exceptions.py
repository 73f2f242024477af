# User-defined exception hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f"invalid {self.field}={self.value!r}"
for exc in [NotFound("user"), Invalid("age", -1), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, e.name, e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, e.args)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
print(isinstance(Invalid("f", 1), Exception), NotFound.__mro__[1].__name__)
try:
    raise Invalid("name", "")
except Exception as e:
    print(repr(str(e)), type(e).__name__)
