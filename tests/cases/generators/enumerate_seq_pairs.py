# `for i, x in enumerate(seq)` over lists, tuples and ranges: counts from any start
# (past the machine word too), the list growing or shrinking while it is walked,
# an enumerate stepped by hand then looped over, and one that is exhausted.
cells = ["a", "b", "c"]
for p, v in enumerate(cells):
    print(p, v)
for p, v in enumerate((10, 20), start=-1):
    print(p, v)
for p, v in enumerate(range(3, 0, -1), 5):
    print(p, v)
big = 2 ** 62 - 2
for p, v in enumerate("xyz"[:], big):
    print(p, type(p).__name__, v)
for p, v in enumerate(["q", "r", "s"], 2 ** 70):
    print(p, v)
grow = [1, 2]
for p, v in enumerate(grow):
    if p < 3:
        grow.append(v * 10)
    print(p, v)
shrink = [1, 2, 3, 4]
for p, v in enumerate(shrink):
    shrink.pop()
    print(p, v)
e = enumerate([7, 8, 9])
print(next(e))
for p, v in e:
    print("rest", p, v)
print(list(e), next(e, "done"))
for p, v in enumerate([]):
    print("never")
pairs = [(p, v) for p, v in enumerate("ab")]
print(pairs)
try:
    for p, v in enumerate([1, (2, 3)]):
        print(p, v)
except TypeError as ex:
    print("TypeError", ex)
try:
    for a, b in enumerate([[1, 2]]):
        x, y = b
        print(a, x, y)
except ValueError as ex:
    print("ValueError", ex)
