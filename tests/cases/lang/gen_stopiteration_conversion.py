# PEP 479: StopIteration escaping a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leaked")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)
def via_next():
    it = iter([])
    yield next(it)
try:
    list(via_next())
except RuntimeError as e:
    print("list():", e, type(e.__cause__).__name__)
def subclass():
    yield
    raise StopAsyncIteration("async flavour")
g = subclass()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("unexpected", e)
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through a sync generator:", repr(e))
class MyStop(StopIteration):
    pass
def sub2():
    raise MyStop
    yield
try:
    next(sub2())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)
def caught_inside():
    try:
        next(iter(()))
    except StopIteration:
        yield "caught"
print(list(caught_inside()))
genexp = (next(iter([])) for _ in range(3))
try:
    list(genexp)
except RuntimeError as e:
    print("genexpr:", e)
try:
    [next(iter([])) for _ in range(3)]
except StopIteration as e:
    print("list comprehension lets StopIteration out:", repr(e))
def thrown():
    yield
g = thrown()
next(g)
try:
    g.throw(StopIteration("thrown in"))
except RuntimeError as e:
    print("thrown:", e)
def returns():
    return 5
    yield
try:
    next(returns())
except StopIteration as e:
    print("return is fine:", e.value)
