# throw(): forms of the arguments, handling inside the generator, unstarted and finished generators.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught inside:", repr(e))
            yield "recovered"
g = catcher()
next(g)
print(g.throw(ValueError("instance")))
print(next(g))
print(g.throw(ValueError))
next(g)
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
print("after propagation:", next(g, "finished"))
def simple():
    print("  simple started")
    yield 1
g = simple()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", repr(e))
print(next(g, "already closed"))
g = simple()
list(g)
try:
    g.throw(IndexError("finished"))
except IndexError as e:
    print("finished:", repr(e))
def finally_gen():
    try:
        yield 1
    finally:
        print("  finally on throw")
g = finally_gen()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print(repr(e))
for bad in [5, "str", object]:
    g = catcher()
    next(g)
    try:
        g.throw(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")
g = converts()
next(g)
try:
    g.throw(ZeroDivisionError)
except ValueError as e:
    print(repr(e), repr(e.__context__))
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "early return"
g = returns_on_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
