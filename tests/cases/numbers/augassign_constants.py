# Augmented assignment with a numeric constant on the right, for every kind of target and
# left operand: ints (also past 48 bits), floats, mixed, user __iadd__/__add__, errors.
import sys

n = 5
n += 1
n -= 10
n *= 3
n //= 2
n %= 7
n **= 2
n <<= 40
n += 2**47
print(n)
f = 1.5
f += 1
f *= 2.5
f /= 4
f -= 0.25
f //= 0.5
print(f)
big = sys.maxsize
big += 1
big -= 2
print(big)
x = 2**47 - 1
x += 1
print(x, type(x).__name__)
y = -(2**47)
y -= 1
print(y)
z = 3
z /= 2
print(z)
try:
    q = 1
    q /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    fz = 1.0
    fz /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
l = [1]
try:
    l += 1
except TypeError as e:
    print("TypeError:", e)
l *= 2
print(l)
s = "ab"
try:
    s += 1
except TypeError as e:
    print("TypeError:", e)
s *= 3
print(s)


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, other):
        self.total += other * 100
        return self


class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Plain(self.v + other)


a = Acc()
a += 2
a += 0.5
print(a.total)
p = Plain(1)
p += 2
print(p.v)


def local():
    i = 0
    t = 0.0
    for _ in range(5):
        i += 3
        t += 0.5
    i -= 1
    return i, t


print(local())


class Box:
    pass


b = Box()
b.count = 1
b.count += 41
d = {"k": 1.0}
d["k"] += 2
lst = [10]
lst[0] -= 3
print(b.count, d, lst)
g = 0


def bump():
    global g
    g += 7


bump()
bump()
print(g)
