# Loads from class objects (`Cls.attr`, `Cls.method(x)`, `Cls.classmethod()`) are
# remembered per site; every kind of change to the classes involved must show at once.

def read_x(cls):
    return cls.x                     # one site, several classes and states

def call_make(cls):
    return cls.make()

class Base:
    x = 1
    @classmethod
    def make(cls):
        return "Base.make via " + cls.__name__

class Mid(Base):
    pass

class Leaf(Mid):
    pass

out = []
for step in range(3):
    out.append((read_x(Base), read_x(Mid), read_x(Leaf)))
    Base.x = Base.x + 10             # plain data over plain data: the owner moves
print(out)

Mid.x = "mid"                        # a new entry between the site's class and the owner
print(read_x(Leaf), read_x(Mid), read_x(Base))
del Mid.x
print(read_x(Leaf), read_x(Mid))

print(call_make(Base), call_make(Leaf))
Mid.make = classmethod(lambda cls: "Mid.make via " + cls.__name__)
print(call_make(Base), call_make(Leaf))
Mid.make = staticmethod(lambda: "static now")
print(call_make(Leaf))
Mid.make = lambda: "plain function"
print(call_make(Leaf))
del Mid.make
print(call_make(Leaf))

# Function -> plain data -> function at one site.
class F:
    def f(self):
        return "f"
def get_f():
    return F.f
first = get_f()
F.f = 42
second = get_f()
F.f = lambda self: "new f"
third = get_f()
print(first(None), second, third(None), get_f() is get_f())

# An attribute that disappears: AttributeError at the remembered site.
class G:
    y = "y"
def read_y():
    return G.y
print(read_y())
del G.y
try:
    read_y()
except AttributeError as e:
    print("AttributeError:", e)
G.y = "back"
print(read_y())

# A data descriptor added to the metaclass wins over the class's own attribute.
class Meta(type):
    pass
class H(metaclass=Meta):
    z = "class z"
def read_z():
    return H.z
print(read_z())
Meta.z = property(lambda cls: "meta property for " + cls.__name__)
print(read_z())
del Meta.z
print(read_z())

# An object stored on the class that becomes a descriptor later.
class Thing:
    pass
class Holder:
    t = Thing()
def read_t():
    return Holder.t
a = read_t()
print(type(a).__name__, read_t() is a)
Thing.__get__ = lambda self, obj, owner: "got via __get__ for " + owner.__name__
print(read_t())
del Thing.__get__
print(read_t() is a)

# Builtin types' methods and class methods taken from the class.
def builtin_calls():
    l = []
    list.append(l, 1)
    list.extend(l, [2, 3])
    d = dict.fromkeys("ab", 0)
    dict.__setitem__(d, "c", 1)
    s = str.join("-", ["x", "y"])
    n = int.from_bytes(b"\x01\x00", "little")
    o = object.__new__(Leaf)
    return l, d, s, n, type(o).__name__
for _ in range(3):
    print(builtin_calls())

# Static methods and nested classes.
class K:
    class Inner:
        pass
    @staticmethod
    def st(v):
        return v * 2
def use_k():
    return K.st(21), K.Inner.__name__, K.Inner is K.Inner
print(use_k(), use_k())
K.st = staticmethod(lambda v: v * 3)
print(use_k())

# Enum members.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def red():
    return Color.RED
print(red(), red() is Color.RED, Color.GREEN.value, Color["GREEN"] is Color.GREEN)

# A class whose class changes (a metaclass swap is not allowed: the error).
try:
    Base.__class__ = Meta
except TypeError as e:
    print("TypeError:", e)
print(read_x(Base), call_make(Base))
