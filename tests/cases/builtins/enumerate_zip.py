# enumerate and zip variations.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)))
print(list(enumerate([])), list(zip("ab", [1, 2, 3])), list(zip()), list(zip([1, 2])))
print(list(zip("abc", range(3), [True, False, None])))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
names = ["a", "b", "c"]
scores = [90, 80, 70]
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
for i, (a, b) in enumerate(zip("xy", "pq"), 10):
    print(i, a, b)
