# Method calls with no arguments: plain methods (entered straight from the method lookup),
# methods that raise (traceback line of a call spread over lines), recursion to the limit,
# callables stored on the instance, generator methods, builtin methods, and the
# `return a if c else b` form whose first branch ends in a return.
import sys
import traceback


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt

    def get(self):
        return self.value

    def pick(self):
        return self.value if self.value % 2 == 0 else -self.value

    def depth(self):
        return 1 if self.nxt is None else 1 + self.nxt.depth()

    def boom(self):
        raise ValueError("boom from %d" % self.value)

    def gen(self):
        yield self.value
        yield self.value + 1

    def forever(self):
        return self.forever()


def f():
    n = Node(3)
    total = 0
    for i in range(10):
        n.value = i
        total += n.get() + n.pick()
    print("total", total)
    chain = None
    for i in range(50):
        chain = Node(i, chain)
    print("depth", chain.depth())
    try:
        (n
         .boom
         ())
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("caught", e, [(fr.name, fr.lineno - f.__code__.co_firstlineno) for fr in tb])
    try:
        (n
         .missing
         ())
    except AttributeError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("caught", e, [(fr.name, fr.lineno - f.__code__.co_firstlineno) for fr in tb])
    n.get = lambda: "instance attribute"
    print(n.get())
    del n.get
    print(n.get())
    print(list(n.gen()))
    print("abc".upper(), [3, 1, 2].copy())
    try:
        n.forever()
    except RecursionError as e:
        print("RecursionError", str(e)[:40])
    m = Node(5)
    print(m.pick(), Node(4).pick())


f()


def unwinding():
    class A:
        def m(self):
            return self.x

    a = A()
    try:
        a.m()
    except AttributeError as e:
        print(type(e).__name__, e)
    a.x = 7
    print(a.m())


unwinding()
print(sys.getrecursionlimit())


# Arguments that are locals or constants are read before the method lookup: a lookup
# with side effects (a property returning the method) still sees the order CPython has.
class Loud:
    def __init__(self):
        self.log = []

    @property
    def meth(self):
        self.log.append("lookup")
        return self.log.append

    def plus(self, a, b):
        return a + b


def order():
    o = Loud()
    x = 1
    o.meth(x)
    o.meth("k")
    print(o.log)
    print(o.plus(x, 2), o.plus(x, x))
    print((o := Loud()).plus(len(o.log), 5))
    print(super(Loud, o).__repr__()[:5])


order()


# Methods of builtin types called with plain arguments, raising where CPython does.
def builtin_methods():
    lst = [3, 1, 2]
    x = 4
    lst.append(x)
    lst.append(5)
    print(lst.pop(), lst.index(x), lst.count(1))
    try:
        (lst
         .remove
         (x + 100))
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("caught", e, [fr.lineno - builtin_methods.__code__.co_firstlineno for fr in tb])
    try:
        [].pop()
    except IndexError as e:
        print("caught", e)
    d = {}
    k = "a"
    print(d.get(k), d.setdefault(k, 1), d.get(k))


builtin_methods()
