# getattr(o, name, default) / hasattr on names the class side does not have, then the
# class (or a base, or the instance, or a metaclass-free rebinding) gaining them: every
# later lookup must see the change.
class Base:
    pass


class A(Base):
    def __init__(self):
        self.x = 1


a = A()
for _ in range(3):
    print(getattr(a, "__deepcopy__", None), hasattr(a, "extra"), getattr(a, "x", None))

# The class gains the name.
A.__deepcopy__ = lambda self, memo: "copied"
print(getattr(a, "__deepcopy__", None)(None))
del A.__deepcopy__
print(getattr(a, "__deepcopy__", "gone"))

# A base gains it.
for _ in range(2):
    print(getattr(a, "greet", "no greet"))
Base.greet = lambda self: "hello from Base"
print(a.greet())
del Base.greet
print(getattr(a, "greet", "no greet"))

# The instance gains it.
print(hasattr(a, "extra"))
a.extra = 42
print(hasattr(a, "extra"), getattr(a, "extra"))
del a.extra
print(hasattr(a, "extra"))

# Class data instead of a function.
print(getattr(a, "limit", -1))
A.limit = 10
print(getattr(a, "limit", -1))
A.limit = 20
print(getattr(a, "limit", -1))
del A.limit
print(getattr(a, "limit", -1))

# Another instance whose class changes.
class B:
    label = "B's label"


class C:
    pass


c = C()
for _ in range(2):
    print(getattr(c, "label", "none"))
c.__class__ = B
print(getattr(c, "label", "none"))

# Special names on plain instances.
print(getattr(a, "__dict__", None))
print(getattr(a, "__class__", None).__name__)
print(getattr(a, "__len__", "no len"))
print(getattr(a, "__eq__", None) is not None, getattr(a, "__hash__", None) is not None)

# A __getattr__ added later answers for the missing name.
print(getattr(a, "dynamic", "absent"))
A.__getattr__ = lambda self, name: "dyn:" + name
print(getattr(a, "dynamic", "absent"))
del A.__getattr__
print(getattr(a, "dynamic", "absent"))

# Many classes (the table starts again when it grows large).
classes = [type("K%d" % i, (), {}) for i in range(5000)]
objs = [k() for k in classes]
print(sum(1 for o in objs if getattr(o, "missing", None) is None))
classes[4999].missing = "found"
print(getattr(objs[4999], "missing", None), getattr(objs[0], "missing", None))
try:
    a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
