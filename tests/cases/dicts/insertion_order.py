# Dicts preserve insertion order; updates keep position; delete+reinsert moves to end.
d = {}
for k in ["zeta", "alpha", "mu", "beta"]:
    d[k] = len(k)
print(list(d), d)
d["alpha"] = 99
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d.pop("mu")
d["mu"] = 1
print(d)
print(list(reversed(d)), list(reversed(d.items())))
nums = {5: "five", 1: "one", 3: "three", -2: "neg"}
print(nums, sorted(nums), list(nums.values()))
