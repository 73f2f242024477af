# getattr, setattr, hasattr, delattr, vars, dir subset.
class P:
    kind = "point"
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "kind"), getattr(p, "nope", "default"), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 2)
print(p.y, vars(p))
delattr(p, "x")
print(vars(p), hasattr(p, "x"))
try:
    getattr(p, "zz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "zz")
except AttributeError as e:
    print(type(e).__name__, e)
for name in ["a", "b", "c"]:
    setattr(p, name, name.upper())
print(vars(p))
print([n for n in dir(p) if not n.startswith("_")])
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
