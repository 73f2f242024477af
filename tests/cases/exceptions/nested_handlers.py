# Nested try blocks and re-raising.
def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        level(n - 1)
    except ValueError as e:
        print("level", n, "saw", e)
        if n < 2:
            raise
        print("level", n, "swallowed")
level(3)
try:
    try:
        raise KeyError("inner")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)
    finally:
        print("finally sees pending TypeError")
except TypeError as e:
    print("caught", type(e).__name__, e)
