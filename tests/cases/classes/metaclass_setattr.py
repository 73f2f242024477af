# A metaclass __setattr__ intercepts assignments on its classes; super().__setattr__ stores;
# a metaclass __reversed__ serves reversed(cls).
class Guard(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot set constant {name!r}")
        super().__setattr__(name, value)
    def __reversed__(cls):
        return iter("cba")
class C(metaclass=Guard):
    X = 1
C.y = 2
print(C.y, C.X)
try:
    C.X = 3
except AttributeError as e:
    print(e)
setattr(C, "z", 4)
print(C.z, list(reversed(C)))
try:
    reversed(int)
except TypeError as e:
    print(e)
