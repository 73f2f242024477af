# __get__/__set__/__delete__ with owner, called directly and via attribute access.
class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.name = None
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<unset>")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
print(type(Person.name).__name__, Person.age.name)
d = Person.__dict__["age"]
print(d.__get__(p, Person), d.__get__(None, Person) is d)
d.__set__(p, 5)
print(p.age)
class Getter:
    def __get__(self, obj, owner):
        return f"get obj={type(obj).__name__} owner={owner.__name__}"
class H:
    g = Getter()
class H2(H):
    pass
print(H().g)
print(H.g)
print(H2().g)
print(H2.g)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        if obj is None:
            return self.f
        return lambda *a: self.f(obj, *a)
class K:
    @Method
    def add(self, x):
        return ("add", x)
print(K().add(3), K.add(None, 4))
