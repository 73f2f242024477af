# The `as` name is deleted at the end of the handler, even if it shadowed an existing variable.
e = "original"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as x:
    print(type(x).__name__, x)
def f():
    err = 1
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as x:
    print(type(x).__name__, x)
def keep():
    try:
        raise TypeError("t")
    except TypeError as err:
        saved = err
    return repr(saved)
print(keep())
def rebinding_inside():
    try:
        raise TypeError("t")
    except TypeError as err:
        err = "rebound"
    return "err" in locals()
print(rebinding_inside())
def del_inside():
    try:
        raise TypeError("t")
    except TypeError as err:
        del err
    return "ok"
print(del_inside())
class C:
    try:
        raise ValueError("in class body")
    except ValueError as exc:
        seen = str(exc)
print(C.seen, hasattr(C, "exc"))
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as loop_exc:
        last = loop_exc.args[0]
print(last, "loop_exc" in globals())
