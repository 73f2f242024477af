# Class bodies: names visible inside the body, but not to methods, lambdas or nested comprehensions.
x = "global x"
class A:
    x = "class x"
    y = x + "!"
    from_listcomp_iter = [x for _ in range(1)]
    outer_iter = [v for v in x.split()]
    def method(self):
        return x
    lam = lambda self: x
print(A.y, A.from_listcomp_iter, A.outer_iter, A().method(), A().lam())
class B:
    items = [1, 2, 3]
    try:
        filtered = [i for i in range(5) if i in items]
    except NameError as e:
        filtered = str(e)
    first_iter_ok = [i * 2 for i in items]
print(B.filtered, B.first_iter_ok)
def factory():
    local = "function local"
    class C:
        try:
            seen = local
        except NameError as e:
            seen = f"NameError: {e}"
        local = "class local"
        after = local
        def m(self):
            return local
    return C
C = factory()
print(C.seen, C.after, C().m())
def shadowing():
    name = "enclosing"
    class D:
        try:
            print("  in D body:", name)
        except NameError as e:
            print("  in D body:", type(e).__name__, e)
        name = "shadowed"
        print("  in D body after:", name)
    return D.name
print(shadowing())
class E:
    counter = 0
    for i in range(3):
        counter += i
    del i
print(E.counter, hasattr(E, "i"))
class F:
    __private = 1
    def get(self):
        return self.__private
    names = [k for k in dir() if "private" in k]
print(F().get(), F.names, hasattr(F, "_F__private"))
class G:
    def __init__(self):
        self.val = __class__.__name__
print(G().val)
class H:
    nested = "H.nested"
    class Inner:
        try:
            v = nested
        except NameError as e:
            v = str(e)
print(H.Inner.v)
