# StopIteration.value from return, args, and explicit construction.
def g(ret):
    yield 1
    return ret
for ret in [None, 0, "done", (1, 2), [3]]:
    it = g(ret)
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(repr(e.value), e.args, repr(e))
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value, StopIteration(1, 2).args)
e = StopIteration("v")
e.value = "w"
print(e.value, e.args)
def gen_tuple():
    return (yield)
it = gen_tuple()
next(it)
try:
    it.send(7)
except StopIteration as e:
    print("send result", e.value)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom")
print(list(It()))
def delegate():
    r = yield from g("inner")
    print("yield from got", r)
    return r * 2
it = delegate()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value)
print(next(iter([]), "default"))
try:
    next(iter([]))
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(StopAsyncIteration("x").args, isinstance(StopAsyncIteration(), StopIteration))
