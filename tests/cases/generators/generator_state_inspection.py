# Generators are iterators; attributes and repeated iteration.
def gen():
    yield "a"
    yield "b"
g = gen()
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"), g.__name__)
print(list(zip(g, range(10))))
print(list(g))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), list(countdown(-1)), tuple(countdown(2)))
print(sorted(countdown(4)), sum(countdown(100)), "-".join(map(str, countdown(3))))
x, y, z = countdown(3)
print(x, y, z)
first, *rest = countdown(4)
print(first, rest)
print(dict(zip(countdown(3), "abc")), set(countdown(3)))
