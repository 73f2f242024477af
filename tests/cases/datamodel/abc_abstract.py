# abc: abstract methods/properties, __abstractmethods__, caught instantiation errors, register().
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    def concrete(self):
        return "concrete"
print(sorted(Base.__abstractmethods__))
for cls_body in ({}, {"run": lambda self: 1}, {"run": lambda self: 1, "name": property(lambda s: "n")}):
    K = type("K", (Base,), cls_body)
    try:
        K()
        print("instantiated")
    except TypeError as e:
        print(type(e).__name__, e)
class Done(Base):
    def run(self): return "ran"
    name = "done"
    @classmethod
    def make(cls): return cls()
d = Done.make()
print(d.run(), d.name, d.concrete(), isinstance(d, Base), Done.__abstractmethods__)
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Iface(metaclass=ABCMeta):
    pass
class Unrelated:
    pass
Iface.register(Unrelated)
print(isinstance(Unrelated(), Iface), issubclass(Unrelated, Iface), Iface in Unrelated.__mro__)
print(type(Iface).__name__, type(Base).__name__)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
class Partial(Base):
    def run(self): return 1
print(sorted(Partial.__abstractmethods__))
class NotABC:
    @abstractmethod
    def f(self): pass
print(NotABC().f(), getattr(NotABC.f, "__isabstractmethod__", None))
