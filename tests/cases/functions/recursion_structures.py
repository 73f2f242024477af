# Recursion over nested data structures.
def deep_sum(x):
    if isinstance(x, (int, float)):
        return x
    if isinstance(x, dict):
        return sum(deep_sum(v) for v in x.values())
    if isinstance(x, (list, tuple)):
        return sum(deep_sum(v) for v in x)
    return 0
data = {"a": [1, 2, {"b": 3}], "c": (4, [5, [6]]), "d": "ignored", "e": 7.5}
print(deep_sum(data))
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
print(permutations("abc"), len(permutations("abcde")))
def subsets(lst):
    if not lst:
        return [[]]
    rest = subsets(lst[1:])
    return rest + [[lst[0]] + r for r in rest]
print(subsets([1, 2, 3]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3))
