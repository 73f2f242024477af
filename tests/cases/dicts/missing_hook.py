# __missing__ on a dict subclass.
class Default(dict):
    def __missing__(self, key):
        return f"<no {key}>"
d = Default(a=1)
print(d["a"], d["b"], "b" in d, d.get("b"), len(d))
class AutoList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
al = AutoList()
al["x"].append(1)
al["x"].append(2)
al["y"].append(3)
print(al, dict(al))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["z"], sorted(c.items()))
