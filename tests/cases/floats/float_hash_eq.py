# Equal numbers hash equally across int/float.
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0) == hash(0), hash(2.5) == hash(2.5))
d = {1: "int one"}
d[1.0] = "float one"
d[True] = "true one"
print(d, len(d))
d2 = {0.5: "half", 2 ** 60: "big"}
print(d2[0.5], d2[float(2 ** 60)])
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(hash(10 ** 20) == hash(1e20), 10 ** 20 == 1e20)
print(hash(float("inf")), hash(float("-inf")))
print(hash(1.5), hash(-1.5), hash(0.1))
