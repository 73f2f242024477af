# Full attribute lookup order: data descriptor on type > instance dict > non-data descriptor/class attr > __getattr__.
class DataD:
    def __get__(self, o, t): return "data-descriptor"
    def __set__(self, o, v): raise AttributeError("read-only data descriptor")
class NonDataD:
    def __get__(self, o, t): return "non-data-descriptor"
class Base:
    inherited = "base class attr"
    shadowed = "base shadowed"
class C(Base):
    dd = DataD()
    nd = NonDataD()
    plain = "class attr"
    shadowed = "subclass wins"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__.update(dd="inst dd", nd="inst nd", plain="inst plain")
print(c.dd, "|", c.nd, "|", c.plain, "|", c.inherited, "|", c.shadowed, "|", c.missing)
print(C.dd, "|", C.nd, "|", C.plain)
del c.__dict__["plain"]
print(c.plain)
Base.late = "added to base later"
print(c.late, C.late)
C.nd = "class value replaces descriptor"
print(c.nd)
del c.__dict__["nd"]
print(c.nd)
class M(type):
    meta_only = "meta attr"
    both = "meta both"
class K(metaclass=M):
    both = "class both"
print(K.meta_only, K.both, getattr(K(), "both"), hasattr(K(), "meta_only"))
class Diamond1:
    v = "D1"
class Diamond2(Diamond1):
    pass
class Diamond3(Diamond1):
    v = "D3"
class Diamond4(Diamond2, Diamond3):
    pass
print(Diamond4.v, Diamond4().v)
