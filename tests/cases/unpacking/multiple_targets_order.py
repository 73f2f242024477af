# Assignment targets are assigned left to right.
class Rec:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append((k, v))
r = Rec()
r["a"], r["b"] = 1, 2
r["c"] = r["d"] = 3
print(r.log)
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
y = [0, 0]
j = 0
y[j], j = 7, 1
print(j, y)
a = b = c = [1]
a = a + [2]
print(a, b, c)
