# Shallow vs deep copies of lists and dicts.
import copy
orig = [[1, 2], {"k": [3]}, (4, [5])]
shallow = [orig.copy(), orig[:], list(orig), copy.copy(orig), [*orig]]
deep = copy.deepcopy(orig)
orig[0].append("mut")
orig[1]["k"].append("mut")
orig[2][1].append("mut")
for s in shallow:
    print(s, s is orig, s[0] is orig[0])
print(deep, deep[0] is orig[0], deep[2] is orig[2])
d = {"a": [1], "b": {"c": 2}}
dc = d.copy()
dd = copy.deepcopy(d)
d["a"].append(9)
d["b"]["c"] = 99
d["new"] = 0
print(dc, dd, dict(d) == d)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
s = {1, 2}
sc = s.copy()
s.add(3)
print(sorted(s), sorted(sc))
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
nested = [[0] * 2] * 2
nested[0][0] = 5
print(nested)
fixed = [[0] * 2 for _ in range(2)]
fixed[0][0] = 5
print(fixed)
a = [1, 2, 3]
b = a
b += [4]
c = a
c = c + [5]
print(a, b, c, a is b, a is c)
