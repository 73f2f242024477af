# __slots__ restricts attributes.
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
s = Slotted(1, 2)
print(s.x, s.y)
s.x = 10
print(s.x)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, "__dict__"), Slotted.__slots__)
class Partial:
    __slots__ = ("a",)
p = Partial()
try:
    p.a
except AttributeError as e:
    print(type(e).__name__, e)
p.a = "set"
print(p.a)
