# Mutating a list while iterating over it (allowed, with visible effects).
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x < 3 and len(a) < 6:
        a.append(x * 10)
print(out, a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    if x % 2 == 0:
        b.remove(x)
print(b)
c = [1, 2, 3, 4]
seen = []
for i, x in enumerate(c):
    seen.append((i, x))
    if i == 1:
        del c[0]
print(seen, c)
d = [1, 2, 3]
it = iter(d)
print(next(it))
d.clear()
print(list(it))
e = [1, 2]
it2 = iter(e)
print(list(it2))
e.append(3)
print(list(it2), e)
f = [3, 2, 1]
it3 = iter(f)
next(it3)
f.insert(0, 99)
print(list(it3))
g = list(range(5))
print(len(g), list(iter(g)))
h = [0, 1, 2]
for x in h:
    h[-1] = "changed"
print(h)
r = reversed([1, 2, 3])
k = [10, 20, 30]
rk = reversed(k)
k.pop()
print(list(rk))
