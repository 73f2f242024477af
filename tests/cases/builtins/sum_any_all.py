# sum, any, all.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum(range(101)), sum([[1], [2]], []))
print(sum([True, True, False]), sum((x for x in range(5)), start=-10), sum([2 ** 64, 2 ** 64]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), any("abc"), all(""))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 0, 1]), calls)
calls.clear()
print(all(check(v) for v in [1, 1, 0, 1]), calls)
