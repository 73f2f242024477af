# Arithmetic between an instance whose class defines the operator in Python and a
# scalar (int, float, bool, None) on either side: results, NotImplemented, errors raised
# inside the method, and the classes that must take the general path.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(self.x * k)
    def __rmul__(self, k):
        return V(k * self.x + 1000)
    def __sub__(self, o):
        return V(self.x - o)
    def __rsub__(self, o):
        return V(o - self.x)
    def __truediv__(self, o):
        return V(self.x / o)
    def __rtruediv__(self, o):
        return V(o / self.x)
    def __floordiv__(self, o):
        return V(self.x // o)
    def __mod__(self, o):
        return V(self.x % o)
    def __rmod__(self, o):
        return ("rmod", o, self.x)
    def __pow__(self, o):
        return V(self.x ** o)
    def __rpow__(self, o):
        return ("rpow", o)
    def __and__(self, o):
        raise ValueError("no and with %r" % (o,))
    def __repr__(self):
        return "V(%r)" % (self.x,)

v = V(6)
for _ in range(2):                                   # twice: the sites' memos
    print(v + 1, 1 + v, v + 2.5, 2.5 + v, v + True, True + v)
    print(v * 3, 3 * v, v * 0.5, 0.5 * v, v - 1, 10 - v)
    print(v / 4, 3 / v, v // 4, v % 4, 7 % v, v ** 2, 2 ** v)
    try:
        v + None
    except TypeError as e:
        print("TypeError:", e)
    try:
        None + v
    except TypeError as e:
        print("TypeError:", e)
    try:
        v & 3
    except ValueError as e:
        print("ValueError:", e)
    try:
        v << 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        1 << v
    except TypeError as e:
        print("TypeError:", e)

class OnlyLeft:
    def __mul__(self, k):
        return "left %r" % (k,)
for _ in range(2):
    print(OnlyLeft() * 2)
    try:
        2 * OnlyLeft()
    except TypeError as e:
        print("TypeError:", e)

class Refuses:
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return NotImplemented
for _ in range(2):
    for a, b in ((Refuses(), 1), (1.5, Refuses())):
        try:
            a - b
        except TypeError as e:
            print("TypeError:", e)

# Numeric subclasses take the general path (their builtin value's methods count).
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__(%r)" % (o,)
class MyFloat(float):
    def __mul__(self, o):
        return "MyFloat.__mul__(%r)" % (o,)
for _ in range(2):
    print(1 + MyInt(5), MyInt(5) + 1, MyFloat(2.0) * 3, 3 * MyFloat(2.0))

# Methods that are not plain functions.
class Odd:
    __add__ = staticmethod(lambda a, b: ("static", a, b))
    def __mul__(self, k):
        yield k
for _ in range(2):
    try:
        print(Odd() + 1)
    except TypeError as e:
        print("TypeError:", e)
    print(type(Odd() * 2).__name__)

# An error inside the method shows in the traceback's frames.
import traceback
class Bad:
    def __truediv__(self, o):
        return 1 / o
try:
    Bad() / 0
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print(tb[0], tb[-1], sum(1 for l in tb if l.strip().startswith("File")))

# Swapping the method on the class between uses at one site.
def scale(a):
    return a * 2
w = V(1)
print(scale(w))
V.__mul__ = lambda self, k: "patched %r" % (k,)
print(scale(w))
del V.__mul__
try:
    scale(w)
except TypeError as e:
    print("TypeError:", e)
