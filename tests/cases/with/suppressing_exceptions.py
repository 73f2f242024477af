# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
with Suppress(ZeroDivisionError) as s:
    print("dividing")
    1 / 0
    print("never")
print("suppressed:", type(s.caught).__name__, s.caught)
with Suppress(KeyError, IndexError) as s2:
    [][1]
print("suppressed:", repr(s2.caught))
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with Suppress(Exception) as s3:
    pass
print("nothing caught:", s3.caught)
