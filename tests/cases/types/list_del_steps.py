# del with slices and steps, and del of indices.
a = list(range(12))
del a[::3]
print(a)
del a[::-2]
print(a)
del a[1:3]
print(a)
del a[100:]
del a[5:2]
print(a)
del a[-1]
print(a)
try:
    del a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a["x"]
except TypeError as e:
    print(type(e).__name__, e)
b = list(range(6))
del b[:]
print(b)
c = list(range(10))
del c[1:8:3]
print(c)
del c[::-1]
print(c)
d = list("abcdef")
del d[-2:], d[0]
print(d)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = [1]
    del x[0], x[0]
except IndexError as e:
    print(type(e).__name__, e, x)
