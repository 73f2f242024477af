# add_note / __notes__: types, ordering, sharing, and effect on split groups.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, type(e.__notes__).__name__)
e.__notes__.append("appended directly")
print(e.__notes__)
for bad in [b"bytes", 1, None, ["list"]]:
    try:
        e.add_note(bad)
    except TypeError as x:
        print(type(x).__name__, x)
class S(str):
    pass
e.add_note(S("str subclass"))
print(e.__notes__[-1], type(e.__notes__[-1]).__name__)
e2 = KeyError("k")
e2.__notes__ = ("a", "tuple")
try:
    e2.add_note("more")
except TypeError as x:
    print(type(x).__name__, x)
e2.__notes__ = ["reset"]
e2.add_note("ok")
print(e2.__notes__)
del e2.__notes__
print(hasattr(e2, "__notes__"))
def fail(n):
    try:
        raise ValueError(n)
    except ValueError as err:
        err.add_note(f"attempt {n}")
        raise
for n in range(2):
    try:
        fail(n)
    except ValueError as err:
        print(err, err.__notes__)
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
eg.add_note("group note")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
m.__notes__.append("changed in match")
print(eg.__notes__)
print(str(e), repr(e))
try:
    e.add_note()
except TypeError as x:
    print(type(x).__name__, x)
