# __del__ runs when the last reference goes (and for cyclic garbage via gc), in CPython's order.
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = D("a")
del a
print("after del a")
b = D("b")
b = None
print("after b = None")


def f():
    local = D("local")
    print("in f")


f()
print("after f")
items = [D("x"), D("y"), D("z")]
del items
print("after list")
c = D("c1")
c.other = D("c2")
del c
print("after chain")
p = D("p")
q = D("q")
p.q = q
q.p = p
del p, q
print("before collect")
gc.collect()
print("after collect")


class Bad:
    def __del__(self):
        raise ValueError("from __del__")


Bad()
print("after bad")


class Sub(D):
    pass


s = Sub("sub")
del s
print("after sub")
D.__del__ = lambda self: print("replaced", self.name)
e = D("e")
del e
print("end")
last = D("at exit")
