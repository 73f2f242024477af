# list slice assignment with steps and resizing.
a = list(range(10))
a[::2] = "abcde"
print(a)
a[1::2] = [None] * 5
print(a)
a[::-3] = [7, 8, 9, 10]
print(a)
for rhs in [[1, 2], [1, 2, 3, 4], []]:
    b = list(range(6))
    try:
        b[::2] = rhs
        print(b)
    except ValueError as e:
        print(type(e).__name__, e)
b = list(range(6))
try:
    b[::-1] = [1]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(5))
c[1:3] = "xyz"
print(c)
c[1:1] = [100]
print(c)
c[:] = (9, 8)
print(c)
c[5:10] = [1]
print(c)
c[-100:0] = [-1]
print(c)
c[3:1] = ["mid"]
print(c)
c[::1] = range(3)
print(c)
d = [1, 2, 3]
d[0:0] = d
print(d)
d[::2] = d[::2][::-1]
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
e = [0] * 4
e[1:3] = iter([5, 6, 7])
print(e)
e[::-1] = e
print(e)
e[2::10] = ["only"]
print(e)
f = []
f[:] = []
f[::-1] = []
print(f)
