# __setattr__ and __delattr__ hooks, object.__setattr__, augmented assignment, frozen objects.
class Tracked:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  delattr", name)
        super().__delattr__(name)
t = Tracked()
t.b = 2
t.a += 10
setattr(t, "c", 3)
print(t.__dict__)
del t.b
delattr(t, "c")
print(t.__dict__)
try:
    del t.zzz
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
f = Frozen(5)
print(f.x)
for action in (lambda: setattr(f, "x", 1), lambda: delattr(f, "x"), lambda: setattr(f, "y", 2)):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.x)
class Lower:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.lower(), value)
lw = Lower()
lw.ABC = 1
lw.Def = 2
print(lw.__dict__)
try:
    object.__setattr__(1, "x", 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    setattr(t, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        self.__dict__[name] = value
v = Validated()
v.n = 4
try:
    v.m = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(vars(v))
