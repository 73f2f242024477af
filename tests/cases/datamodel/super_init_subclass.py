# super() inside __init_subclass__ and classmethods along a hierarchy.
class Registry:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subs.append((cls.__name__, tag))
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin hook for", cls.__name__, sorted(kw))
        super().__init_subclass__(**kw)
class A(Registry, tag="a"): pass
class B(Mixin, Registry, tag="b"): pass
class C(B): pass
print(Registry.subs)
print(A.tag, B.tag, C.tag)
class Base:
    @classmethod
    def create(cls, *args):
        return (cls.__name__, args)
class Sub(Base):
    @classmethod
    def create(cls, *args):
        return ("Sub",) + super().create(*args, "extra")
class SubSub(Sub):
    pass
print(Sub.create(1), SubSub.create(2))
try:
    class D(Registry, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    count = 0
    def __init_subclass__(cls):
        super().__init_subclass__()
        Counter.count += 1
        cls.index = Counter.count
class X(Counter): pass
class Y(Counter): pass
class Z(X): pass
print(X.index, Y.index, Z.index, Counter.count, hasattr(Counter, "index"))
