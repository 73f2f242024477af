# Bare raise: re-raises the exception being handled, from helpers too, and fails with none active.
def reraise():
    raise
try:
    try:
        raise ValueError("v")
    except ValueError:
        reraise()
except ValueError as e:
    print("helper re-raised:", repr(e))
try:
    reraise()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
except KeyError as e:
    print("after nested handler, bare raise gives:", repr(e))
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise
except TypeError as e:
    print("inner bare raise:", repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("fin")
    finally:
        pass
except ValueError as e:
    print("through finally:", repr(e))
def in_finally():
    try:
        raise IndexError("pending")
    finally:
        try:
            raise
        except IndexError as e:
            print("bare raise inside finally sees:", repr(e))
try:
    in_finally()
except IndexError:
    pass
try:
    raise
except RuntimeError as e:
    print("module-level:", e, e.__context__)
def gen():
    try:
        yield
    except ValueError:
        raise
g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("from generator:", repr(e))
