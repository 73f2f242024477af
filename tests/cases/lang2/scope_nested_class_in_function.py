# Classes defined inside functions: closures over function locals, methods seeing enclosing names.
def make_model(table, fields):
    count = 0
    class Model:
        __qualname__ = f"Model[{table}]"
        _fields = fields
        def __init__(self, **kw):
            nonlocal count
            count += 1
            missing = [f for f in fields if f not in kw]
            if missing:
                raise TypeError(f"{table}: missing {missing}")
            self.__dict__.update(kw)
        @staticmethod
        def created():
            return count
        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{table}({inner})"
    return Model
User = make_model("users", ["name", "age"])
Post = make_model("posts", ["title"])
print(User(name="ann", age=3), User(name="bob", age=4), Post(title="hi"))
print(User.created(), Post.created(), User.__qualname__, User.__name__)
try:
    User(name="x")
except TypeError as e:
    print(type(e).__name__, e)
print(User.created(), User._fields, User.__init__.__code__.co_freevars)
def counter_class():
    instances = []
    class Tracked:
        def __init__(self):
            instances.append(self)
        @classmethod
        def total(cls):
            return len(instances)
    return Tracked, instances
T1, inst1 = counter_class()
T2, inst2 = counter_class()
T1(); T1(); T2()
print(T1.total(), T2.total(), len(inst1), T1 is T2, type(T1()).__qualname__)
def outer():
    x = "enclosing"
    class C:
        x = "class attr"
        def get(self):
            return x
        y = x
    return C().get(), C.y, C.x
print(outer())
