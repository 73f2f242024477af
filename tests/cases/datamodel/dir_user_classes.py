# dir() on user classes and instances: sorted, includes inherited names, custom __dir__.
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
    def child_method(self): pass
def public(names):
    return [n for n in names if not n.startswith("__")]
print(public(dir(Child)))
print(public(dir(Child())))
print(dir(Child) == sorted(dir(Child)), dir(Child()) == sorted(dir(Child())))
print("__init__" in dir(Child), "__class__" in dir(Child()), "__dict__" in dir(Child()), "mro" in dir(Child))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta", "alpha"]
print(dir(Custom()))
class CustomTuple:
    def __dir__(self):
        return ("b", "a")
print(dir(CustomTuple()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x", "y")
print(public(dir(Slotted())), public(dir(Slotted)))
class WithMeta(type):
    def meta_only(cls): pass
class M(metaclass=WithMeta):
    x = 1
print(public(dir(M)), "meta_only" in dir(M), hasattr(M, "meta_only"))
def fn(): pass
print(public(dir(fn)))
print(sorted(set(dir(object())) - set(dir(object))))
print([n for n in dir(Child) if n.startswith("__") and n not in dir(object)])
print(sorted(set(dir(Child())) - set(dir(Child))))
class Dyn: pass
d = Dyn()
d.b = 1
d.a = 2
print(public(dir(d)))
