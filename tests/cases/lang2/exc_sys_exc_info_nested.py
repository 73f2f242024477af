# sys.exc_info() and sys.exception() through nested handlers, generators and after handlers finish.
import sys
def current():
    e = sys.exception()
    t, v, tb = sys.exc_info()
    assert v is e
    return None if e is None else f"{type(e).__name__}({e})"
print(current())
try:
    raise ValueError("outer")
except ValueError:
    print("in outer handler:", current())
    try:
        raise KeyError("inner")
    except KeyError:
        print("in inner handler:", current())
    print("back in outer:", current())
print("after:", current())
def helper():
    return current()
try:
    1 / 0
except ZeroDivisionError:
    print("helper sees:", helper())
def gen():
    yield current()
    try:
        raise TypeError("in gen")
    except TypeError:
        yield current()
    yield current()
g = gen()
print(next(g))
try:
    raise OSError("caller")
except OSError:
    print("gen inside caller handler:", next(g))
    print("caller still sees:", current())
print(next(g))
try:
    raise IndexError("saved")
except IndexError as e:
    saved = e
print(current(), type(saved).__name__, saved.__traceback__ is not None)
try:
    try:
        raise saved
    except IndexError as again:
        print(again is saved, current())
        raise
except IndexError:
    print("reraised saved:", current())
def finally_view():
    try:
        raise RuntimeError("in try")
    finally:
        return current()
print("finally during propagation:", finally_view())
try:
    raise ValueError("x")
except ValueError:
    try:
        pass
    finally:
        print("finally inside handler:", current())
print(sys.exc_info())
