# Class body scope: not visible from methods or nested scopes, but comprehensions' first iterable sees it.
x = "global x"
class C:
    x = "class x"
    y = x
    def method(self):
        return x
    first_iter = [v for v in [x, x]]
    try:
        inner = [x for _ in range(1)]
    except NameError as e:
        inner = ("NameError", str(e))
    lam = (lambda: x)()
    gen_first = list(v for v in (x,))
print(C.y, C().method(), C.first_iter, C.inner, C.lam, C.gen_first)
def f():
    z = "local z"
    class D:
        w = z
        z2 = z + "!"
        def m(self):
            return z
    return D
D = f()
print(D.w, D.z2, D().m())
def g():
    v = "enclosing"
    class E:
        v = "class level"
        def m(self):
            return v
        k = v
    return E
E = g()
print(E().m(), E.k, E.v)
class F:
    n = 3
    squares = [i * i for i in range(n)]
    try:
        pairs = [(i, n) for i in range(2)]
    except NameError as e:
        pairs = str(e)
print(F.squares, F.pairs)
class G:
    items = ["a", "b"]
    upper = {k: k.upper() for k in items}
print(G.upper)
class H:
    def helper():
        return "called in body"
    value = helper()
    helper = staticmethod(helper)
print(H.value, H.helper())
