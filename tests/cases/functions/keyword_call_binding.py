# Calls with keyword arguments: every way a parameter gets its value, and every error.


def f(a, b=2, *, c=3, d):
    return (a, b, c, d)


def g(x, /, y, z=9):
    return (x, y, z)


def h(p, q=None, *rest, **kw):
    return (p, q, rest, sorted(kw.items()))


def outer(k):
    def inner(m, n=1):
        return m + n + k
    return inner


class C:
    def m(self, u, v=5, *, w=7):
        return (u, v, w)


print(f(1, d=4), f(1, 2, d=4, c=0), f(a=1, d=4), f(d=4, a=1, b=8))
print(g(1, y=2), g(1, 2, z=3), g(1, z=3, y=2))
print(h(1, q=2, r=3), h(p=1), h(1, 2, 3, s=4))
print(outer(10)(m=1), outer(10)(1, n=5))
o = C()
print(o.m(1, w=0), o.m(u=2, v=3), C.m(o, 4, w=1), o.m(1, v=2, w=3))
for call in (
    lambda: f(1),
    lambda: f(1, d=4, e=5),
    lambda: f(1, a=2, d=4),
    lambda: f(1, 2, 3, d=4),
    lambda: g(x=1, y=2),
    lambda: g(1),
    lambda: o.m(v=2),
    lambda: o.m(1, u=2),
    lambda: f(b=1, d=2),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
defaults_late = f.__kwdefaults__
f.__kwdefaults__ = {"c": 30}
print(f(1, d=2))
f.__kwdefaults__ = None
try:
    f(1, d=2)
except TypeError as e:
    print("TypeError:", e)
f.__kwdefaults__ = defaults_late
f.__defaults__ = (20,)
print(f(1, d=2))
f.__defaults__ = ()
try:
    f(1, d=2)
except TypeError as e:
    print("TypeError:", e)


def rec(n, *, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)


print(rec(100))
