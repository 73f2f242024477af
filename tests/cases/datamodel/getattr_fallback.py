# __getattr__ is only consulted after normal lookup fails (including AttributeError from properties).
class C:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "boom":
            raise KeyError(name)
        if name.startswith("x") or name == "prop":
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    @property
    def prop(self):
        raise AttributeError("prop failed")
    def meth(self):
        return "meth"
c = C()
print(c.inst, c.cls_attr, c.meth())
print(c.xyz)
print(c.prop)
print(getattr(c, "xa"), getattr(c, "nope", "default"), hasattr(c, "nope"), hasattr(c, "xb"))
try:
    c.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.boom
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(c, "boom")
except KeyError as e:
    print("hasattr let KeyError through", e)
try:
    getattr(c, "boom", 1)
except KeyError as e:
    print("getattr default does not catch KeyError", e)
print(C.cls_attr)
try:
    C.xyz
except AttributeError as e:
    print(type(e).__name__, e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(2))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
class Recursive:
    def __getattr__(self, name):
        if name == "a":
            return self.b
        return "resolved " + name
print(Recursive().a)
