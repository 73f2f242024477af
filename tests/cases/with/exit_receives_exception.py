# __exit__ sees the exception type, value and a traceback object; errors in __enter__.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc))
        print("has tb:", tb is not None)
        return exc_type is KeyError
with Inspect():
    {}["missing"]
print("KeyError suppressed")
try:
    with Inspect():
        raise TypeError("not suppressed")
except TypeError as e:
    print("outer caught", e)
with Inspect():
    pass
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit never called")
try:
    with BadEnter():
        print("body never runs")
except OSError as e:
    print(type(e).__name__, e)
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
