# __iadd__ returning NotImplemented falls back to __add__, then __radd__ of the other.
class A:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("  A.__iadd__", type(o).__name__)
        if isinstance(o, int):
            self.v += o
            return self
        return NotImplemented
    def __add__(self, o):
        print("  A.__add__", type(o).__name__)
        if isinstance(o, float):
            return A(self.v + o)
        return NotImplemented
    def __repr__(self):
        return f"A({self.v})"
class B:
    def __radd__(self, o):
        print("  B.__radd__", type(o).__name__)
        return "B wins"
a = A(1)
a += 2
print(a)
a += 0.5
print(a)
a += B()
print(a)
a = A(1)
try:
    a += "s"
except TypeError as e:
    print(type(e).__name__, e)
class L(list):
    def __iadd__(self, o):
        print("  L.__iadd__")
        return NotImplemented
l = L([1])
l += [2]
print(l, type(l).__name__)
class Sub:
    def __isub__(self, o):
        return NotImplemented
s = Sub()
try:
    s -= 1
except TypeError as e:
    print(type(e).__name__, e)
class X:
    def __ior__(self, o):
        return NotImplemented
    def __ror__(self, o):
        return "X.__ror__"
x = X()
try:
    x |= X()
except TypeError as e:
    print(type(e).__name__, e)
y = 5
y |= X()
print(y)
