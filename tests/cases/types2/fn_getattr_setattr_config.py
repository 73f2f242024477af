# getattr/setattr/hasattr/delattr/vars/dir to build a settings object from a dict.
class Settings:
    defaults = {"debug": False, "port": 8000}
    def __init__(self, **kw):
        for k, v in {**self.defaults, **kw}.items():
            setattr(self, k, v)
    def describe(self):
        return ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
s = Settings(port=9000, host="localhost")
print(s.describe())
print(getattr(s, "port"), getattr(s, "missing", "fallback"), hasattr(s, "host"), hasattr(s, "nope"), hasattr(s, "describe"))
setattr(s, "new field", 1)
print(getattr(s, "new field"), "new field" in vars(s), sorted(vars(s)))
delattr(s, "new field")
del s.host
print(sorted(vars(s)), hasattr(s, "host"))
for bad in [lambda: getattr(s, "nope"), lambda: delattr(s, "nope"), lambda: getattr(s, 5), lambda: setattr(s, 5, 1), lambda: vars(5), lambda: delattr(s, "debug") or delattr(s, "debug")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(getattr(s, "debug", "gone"), s.defaults, vars(Settings)["defaults"], "describe" in vars(Settings), type(vars(Settings)).__name__)
print([n for n in dir(s) if not n.startswith("_")], "__init__" in dir(s), dir(s) == sorted(dir(s)))
path = "a.b.c"
class NS:
    pass
root = NS()
obj = root
for part in path.split(".")[:-1]:
    setattr(obj, part, NS())
    obj = getattr(obj, part)
setattr(obj, "c", 42)
print(root.a.b.c)
def resolve(o, dotted, default=None):
    for p in dotted.split("."):
        o = getattr(o, p, None)
        if o is None:
            return default
    return o
print(resolve(root, "a.b.c"), resolve(root, "a.x.c", "?"), resolve("text", "upper")(), resolve(3, "real.imag"))
print(getattr([], "append").__name__, getattr(str, "join")(",", "ab"), callable(getattr(s, "describe")))
class Slotted:
    __slots__ = ("x",)
o = Slotted()
o.x = 1
try:
    o.y = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(o)
except TypeError as e:
    print(type(e).__name__, e)
