# __slots__: attribute errors, no __dict__, slot descriptors, string slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.x, p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__name__, P.__slots__)
P.x.__set__(p, 100)
print(P.x.__get__(p, P))
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = "only"
s = S()
s.only = "one"
print(s.only, S.__slots__)
class L:
    __slots__ = ["a", "b"]
l = L()
l.a = 1
print(l.a, L.__slots__)
class E:
    __slots__ = ()
try:
    E().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
class Sl:
    __slots__ = ("a",)
    b = "class attr"
sl = Sl()
print(sl.b)
try:
    sl.b = "new"
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in Sl.__dict__ if not k.startswith("__")))
