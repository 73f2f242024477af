# copy.copy / copy.deepcopy on user classes: default behaviour, __copy__, __deepcopy__, slots.
import copy
class Plain:
    def __init__(self):
        self.items = [1, [2]]
        self.name = "p"
p = Plain()
c = copy.copy(p)
d = copy.deepcopy(p)
print(type(c).__name__, c is p, c.items is p.items, d.items is p.items, d.items[1] is p.items[1], vars(d))
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__")
        return Custom(self.v + ["copied"])
    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ["deep"])
cu = Custom([0])
print(copy.copy(cu).v, copy.deepcopy(cu).v, cu.v)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "x"
s = Slots()
sc = copy.copy(s)
sd = copy.deepcopy(s)
print(sc.a is s.a, sd.a is s.a, sd.a, sd.b)
class Cyclic:
    def __init__(self):
        self.me = self
cy = copy.deepcopy(Cyclic())
print(cy.me is cy)
shared = [1]
class Two:
    def __init__(self):
        self.a = shared
        self.b = shared
t = copy.deepcopy(Two())
print(t.a is t.b, t.a is shared)
class WithState:
    def __init__(self):
        self.x = 1
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("  __setstate__", st)
        self.__dict__.update(st)
        self.cache = "rebuilt"
w = copy.copy(WithState())
print(w.x, w.cache)
print(copy.copy(5), copy.deepcopy((1, [2])), copy.copy(Plain) is Plain)
class Sub(list):
    pass
sl = Sub([1, [2]])
sl.attr = "a"
cl = copy.deepcopy(sl)
print(type(cl).__name__, cl, cl.attr, cl[1] is sl[1])
