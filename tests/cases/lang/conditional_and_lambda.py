# Conditional expressions and lambdas: precedence, laziness and default-argument capture.
log = []
def side(name, value):
    log.append(name)
    return value
r = side("then", "T") if side("cond", False) else side("else", "E")
print(r, log)
print("a" if 1 else "b" if 0 else "c", ("a" if 0 else "b") if 0 else "c", "a" if 0 else "b" if 0 else "c")
x = 5
print(x if x > 3 else -x, -x if x < 3 else x * 2)
f = lambda n: "even" if n % 2 == 0 else "odd"
print([f(i) for i in range(3)])
g = lambda: 1 if True else 2, 3
print(type(g).__name__, g[0](), g[1])
funcs = [lambda: i for i in range(3)]
print([h() for h in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([h() for h in funcs])
default_list = []
def capture(a=default_list):
    a.append(1)
    return len(a)
print(capture(), capture(), capture([]), default_list)
n = 10
capture_now = lambda k=n: k
capture_late = lambda: n
n = 20
print(capture_now(), capture_late())
adder = lambda a, b=2, *rest, c=3, **kw: (a, b, rest, c, kw)
print(adder(1), adder(1, 5, 6, c=0, z=9))
print((lambda: (yield))().__class__.__name__)
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y: x + y)(1, y=2))
try:
    (lambda x, /: x)(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: None).__name__, (lambda: None).__qualname__)
def outer():
    return lambda: None
print(outer().__qualname__)
compose = lambda *fs: lambda v: [v := fn(v) for fn in fs][-1]
print(compose(str.strip, str.upper, len)("  abc  "))
print((lambda a, b: a if a > b else b)(3, 7), (lambda: lambda: "inner")()())
