# Explicit chaining: raise from, from None, and assigning the chaining attributes by hand.
def attrs(e):
    return (type(e.__cause__).__name__ if e.__cause__ else None,
            type(e.__context__).__name__ if e.__context__ else None, e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as e:
    print("from k:", attrs(e), e.__cause__ is e.__context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    print("from None:", attrs(e))
try:
    raise ValueError("v") from TypeError("t")
except ValueError as e:
    print("from outside a handler:", attrs(e))
try:
    raise ValueError("v") from TypeError
except ValueError as e:
    print("from a class:", attrs(e), repr(e.__cause__))
for bad in [5, "s", object]:
    try:
        raise ValueError("v") from bad
    except TypeError as e:
        print(type(e).__name__, e, attrs(e))
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
for attr in ["__cause__", "__context__"]:
    try:
        setattr(e, attr, 1)
    except TypeError as x:
        print(attr, type(x).__name__, x)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as outer:
    try:
        raise outer from None
    except ValueError as again:
        print("re-raise from None:", attrs(again), again is outer)
