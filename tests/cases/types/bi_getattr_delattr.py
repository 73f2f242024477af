# getattr (with default), setattr, delattr, hasattr and their errors.
class P:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    @property
    def ro(self):
        return "readonly"
p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "missing", "dflt"), getattr(p, "missing", None), getattr(P, "cls_attr"))
try:
    getattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(P, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [1, None, b"x"]:
    try:
        getattr(p, bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    getattr(p)
except TypeError as e:
    print(type(e).__name__, e)
setattr(p, "y", 2)
setattr(p, "with space", 3)
print(p.y, getattr(p, "with space"), sorted(vars(p)))
try:
    setattr(p, "ro", 5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(p, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
delattr(p, "y")
print(hasattr(p, "y"), hasattr(p, "x"), hasattr(p, "ro"), hasattr(P, "ro"), hasattr(5, "real"), hasattr("s", "nope"))
try:
    delattr(p, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "cls_attr")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Boom:
    @property
    def bad(self):
        raise ValueError("property error")
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Boom(), "bad2", "fallback"))
try:
    getattr(Boom(), "bad", "fallback")
except ValueError as e:
    print(type(e).__name__, e)
delattr(P, "cls_attr")
print(hasattr(p, "cls_attr"), getattr(1, "real"), getattr("ab", "upper")())
