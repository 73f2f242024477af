# **kwargs preserve call order.
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(b=1, **{"y": 2, "c": 3}, a=4))
def g(*args, **kwargs):
    for i, a in enumerate(args):
        print("arg", i, a)
    for k, v in kwargs.items():
        print("kw", k, v)
g(1, "two", three=3, four=[4])
def h(a, b, c):
    return f"{a}{b}{c}"
print(h(c="C", a="A", b="B"), h("A", c="C", b="B"))
opts = dict(color="red", size=3)
opts2 = {**opts, "size": 4}
print(f(**opts), f(**opts2), opts2)
