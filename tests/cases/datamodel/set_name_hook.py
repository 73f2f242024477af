# __set_name__ called at class creation, in order, for attributes only; not when assigned later.
class Named:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.owner = owner.__name__
        self.name = name
class A:
    first = Named()
    second = Named()
    pair = Named(), Named()
    def method(self):
        pass
    third = Named()
print(A.first.name, A.third.owner)
A.late = Named()
print(hasattr(A.late, "name"))
n = Named()
class B:
    x = n
    y = n
print(n.name)
class Fails:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class C:
        bad = Fails()
except Exception as e:
    print(type(e).__name__, e)
class T:
    def __set_name__(self, owner, name):
        print("T set_name", owner.__name__, name)
D = type("D", (), {"t": T(), "u": 5})
print(D.__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__ before set_name", name)
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__ after", name)
        return cls
class E(metaclass=Meta):
    v = T()
class NotCallable:
    __set_name__ = None
try:
    class F:
        x = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)
