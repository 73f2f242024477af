# Implicit chaining (__context__) in nested handlers and finally blocks.
def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(chain)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
except TypeError as e:
    print(show(e))
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__, e.__context__.__context__.__context__)
try:
    try:
        raise KeyError("in try")
    finally:
        raise ValueError("in finally")
except ValueError as e:
    print(show(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as e:
    print("reraise same object:", e.__context__)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        err = first
    raise TypeError("after handler")
except TypeError as e:
    print("context after handler finished:", e.__context__)
def inner():
    raise IndexError("deep")
try:
    try:
        inner()
    except IndexError:
        {}["k"]
except KeyError as e:
    print(show(e))
e1 = ValueError("x")
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print("no self cycle:", e.__context__)
a = ValueError("a")
b = TypeError("b")
b.__context__ = a
try:
    try:
        raise b
    except TypeError:
        raise a
except ValueError as e:
    print("cycle broken:", repr(e.__context__), repr(e.__context__.__context__))
