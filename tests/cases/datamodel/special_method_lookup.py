# Implicit special-method calls look up the type, bypassing instance dict and __getattribute__.
class C:
    def __len__(self): return 1
    def __repr__(self): return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance-repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class G:
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def __len__(self): return 5
    def __add__(self, o): return "added"
    def __iter__(self): return iter([1])
g = G()
print(len(g), g + 1, list(g))
print(g.__len__())
class Dyn: pass
d = Dyn()
Dyn.__len__ = lambda self: 7
Dyn.__add__ = lambda self, o: ("dyn add", o)
Dyn.__getitem__ = lambda self, k: k * 3
Dyn.__call__ = lambda self: "now callable"
print(len(d), d + 1, d["ab"], d(), callable(d))
del Dyn.__len__
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
class Getattr:
    def __getattr__(self, name):
        return lambda *a: f"__getattr__ supplied {name}"
ga = Getattr()
print(ga.__len__())
try:
    len(ga)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ga + 1
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getattr__(cls, name):
        return lambda *a: "meta __getattr__ " + name
class M(metaclass=Meta): pass
try:
    len(M())
except TypeError as e:
    print(type(e).__name__, e)
print(M.__anything__())
class Base:
    def __str__(self): return "Base.__str__"
class Child(Base): pass
Base.__str__ = lambda self: "patched Base.__str__"
print(str(Child()))
