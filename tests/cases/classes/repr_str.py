# __repr__ and __str__ used by print, str, repr, f-strings and containers.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "two")
print(p)
print(str(p), repr(p), f"{p}", f"{p!r}", [p], (p,), {"k": p})
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, f"{o}", "%s" % o)
class Sub(Point):
    pass
print(Sub(3, 4), repr(Sub(3, 4)))
