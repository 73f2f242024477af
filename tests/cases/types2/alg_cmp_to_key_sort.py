# Custom comparison sorts with functools.cmp_to_key: largest-number concat, version compare, ranking.
from functools import cmp_to_key
def cmp_concat(a, b):
    ab, ba = a + b, b + a
    return (ab < ba) - (ab > ba)
for nums in [[3, 30, 34, 5, 9], [10, 2], [0, 0], [1], [121, 12]]:
    s = sorted(map(str, nums), key=cmp_to_key(cmp_concat))
    print(nums, "".join(s).lstrip("0") or "0")
def cmp_ver(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    n = max(len(pa), len(pb))
    pa += [0] * (n - len(pa))
    pb += [0] * (n - len(pb))
    return (pa > pb) - (pa < pb)
vs = ["1.2", "1.10", "1.2.0", "0.9", "1.1.9", "1.2.1", "2"]
print(sorted(vs, key=cmp_to_key(cmp_ver)), max(vs, key=cmp_to_key(cmp_ver)), min(vs, key=cmp_to_key(cmp_ver)))
teams = [("red", 3, 10, 4), ("blue", 3, 12, 6), ("green", 4, 5, 9), ("gold", 3, 10, 2)]
def cmp_team(a, b):
    for i, sign in ((1, -1), (2, -1), (3, 1)):
        if a[i] != b[i]:
            return sign * (a[i] - b[i])
    return (a[0] > b[0]) - (a[0] < b[0])
print([t[0] for t in sorted(teams, key=cmp_to_key(cmp_team))])
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def noisy(a, b):
    calls.append((a, b))
    return a - b
print(sorted([3, 1, 2], key=cmp_to_key(noisy)), len(calls) > 0)
try:
    sorted([1, 2], key=cmp_to_key(lambda a, b: "x"))
except TypeError as e:
    print(type(e).__name__, e)
