# Chained assignment binds the same object to every target.
a = b = c = 0
print(a, b, c)
a = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = r = "s"
print(p + q + r)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
i = 0
lst2 = [10, 20, 30]
i = lst2[i] = 1
print(i, lst2)
d = {}
d["a"] = d["b"] = d
print(len(d), d["a"] is d)
m, n = o, p = 1, 2
print(m, n, o, p)
