# Instance __dict__ and vars(): live mapping, assignment, class __dict__ is a mappingproxy.
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(c.__dict__, vars(c), vars(c) is c.__dict__)
c.__dict__["z"] = 26
print(c.z, list(vars(c)))
del c.__dict__["a"]
print(hasattr(c, "a"), c.__dict__)
c.__dict__ = {"fresh": True}
print(c.__dict__, c.fresh, hasattr(c, "b"))
try:
    c.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
d = vars(c)
d["added"] = "via vars"
print(c.added)
print(type(C.__dict__).__name__, C.__dict__["cls_attr"], "cls_attr" in vars(C))
try:
    vars(C)["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    x = 1
    return sorted(vars())
print(f())
class Order:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
o = Order()
del o.a
o.a = 4
print(list(vars(o)), list(o.__dict__.items()))
print("__dict__" in C.__dict__, type(C.__dict__["__dict__"]).__name__)
f.attr = 5
print(f.__dict__, vars(f))
class NoDict:
    __slots__ = ()
try:
    NoDict().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(C) if not k.startswith("__")))
c2 = C()
c2.__dict__.update(x=1, y=2)
print(sorted(vars(c2).items()))
c2.__dict__.clear()
print(vars(c2), c2.cls_attr)
