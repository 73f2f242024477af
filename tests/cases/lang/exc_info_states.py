# sys.exc_info() and sys.exception() inside, after and between nested handlers.
import sys
def state():
    t, v, tb = sys.exc_info()
    e = sys.exception()
    return (t.__name__ if t else None, repr(v), tb is not None, e is v)
print("outside:", state())
try:
    raise ValueError("outer")
except ValueError:
    print("in outer:", state())
    try:
        raise KeyError("inner")
    except KeyError:
        print("in inner:", state())
    print("back in outer:", state())
    try:
        raise TypeError("handled silently")
    except TypeError:
        pass
    print("still outer:", state())
print("after all:", state())
def helper():
    return state()
try:
    raise IndexError("i")
except IndexError:
    print("callee sees:", helper())
def gen():
    print("  gen start:", state())
    yield
    print("  gen resumed:", state())
    try:
        raise OSError("in gen")
    except OSError:
        yield state()
    print("  gen after handler:", state())
    yield
g = gen()
next(g)
try:
    raise RuntimeError("caller")
except RuntimeError:
    v = next(g)
    print("  yielded inside gen handler:", v)
    print("  caller after resume:", state())
    next(g)
    print("  caller sees own:", state())
next(g, None)
try:
    raise ValueError("x")
except ValueError:
    pass
finally:
    print("finally after handled:", state())
try:
    try:
        raise ValueError("y")
    finally:
        print("finally while propagating:", state())
except ValueError:
    pass
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError:
        continue
print("after continue:", state())
