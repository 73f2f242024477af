# Recursive generators with yield from: tree walks, permutations, flattening.
tree = ("a", [("b", [("d", []), ("e", [])]), ("c", [("f", [("g", [])])])])
def preorder(node):
    name, kids = node
    yield name
    for k in kids:
        yield from preorder(k)
def postorder(node):
    name, kids = node
    for k in kids:
        yield from postorder(k)
    yield name
def paths(node, prefix=()):
    name, kids = node
    here = prefix + (name,)
    if not kids:
        yield "/".join(here)
    for k in kids:
        yield from paths(k, here)
print(list(preorder(tree)))
print(list(postorder(tree)))
print(list(paths(tree)))
def depth_count(node, depth=0):
    name, kids = node
    total = yield (name, depth)
    for k in kids:
        yield from depth_count(k, depth + 1)
print(list(depth_count(tree)))
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [x] + rest
print(["".join(p) for p in perms("abc")])
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    seen = []
    for n in naturals():
        if n > 1 and all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(take(10, primes())))
def count_returns(node):
    name, kids = node
    n = 1
    for k in kids:
        n += yield from count_returns(k)
    yield name
    return n
g = count_returns(tree)
names = []
try:
    while True:
        names.append(next(g))
except StopIteration as e:
    print(names, "count", e.value)
