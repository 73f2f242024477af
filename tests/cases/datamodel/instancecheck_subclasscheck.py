# __instancecheck__ and __subclasscheck__ on metaclasses; exact-type shortcut; tuples of classes.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Robot:
    def quack(self): return "beep"
class Cat: pass
print(isinstance(Robot(), Duck))
print(isinstance(Cat(), Duck))
print(isinstance(Duck(), Duck))
print(issubclass(Robot, Duck), issubclass(Cat, Duck))
print(isinstance(Robot(), (int, Duck)))
print(issubclass(Robot, (Duck, str)))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class EvenNum(metaclass=Even): pass
print([isinstance(n, EvenNum) for n in (1, 2, 3, 4, "x")])
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "non-empty string"
class T(metaclass=Truthy): pass
print(isinstance(5, T))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(int, (int, 5)), issubclass(bool, (str, (int,))))
try:
    issubclass(int, (5, int))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), issubclass(bool, int), isinstance(int, type), isinstance(type, object))
class Inst:
    def __instancecheck__(self, obj):
        return True
try:
    print("instance with __instancecheck__:", isinstance(1, Inst()))
except TypeError as e:
    print(type(e).__name__, e)
class HasClass:
    @property
    def __class__(self):
        return int
h = HasClass()
print(isinstance(h, int), isinstance(h, HasClass), type(h).__name__, h.__class__.__name__)
