# from x import * with and without __all__.
import sys


def star(modname, ns=None):
    """Runs `from <modname> import *` into ns; returns the new names or the error."""
    if ns is None:
        ns = {}
    try:
        exec("from %s import *" % modname, ns)
    except Exception as e:
        print("  error:", type(e).__name__, e)
    return sorted(k for k in ns if k != "__builtins__" and isinstance(k, str))


before = set(globals()) | {"before"}
from mod_star_noall import *
print("noall", sorted(k for k in globals() if k not in before))
print("sys exported", sys is globals().get("sys"))

print("exec noall", star("mod_star_noall"))
print("all", star("mod_star_all"))
print("tuple all", star("mod_star_tuple"))

# __all__ naming a submodule imports it
print("sub1 loaded?", "pkg_starall.sub1" in sys.modules)
ns = {}
print("pkg all", star("pkg_starall", ns))
print("sub1 loaded", "pkg_starall.sub1" in sys.modules, ns["sub1"].S1 if "sub1" in ns else None)
print("sub2 loaded", "pkg_starall.sub2" in sys.modules)

# without __all__, only submodules already bound in the package are exported
print("pkg noall", star("pkg_starnoall"))
print("notloaded", "pkg_starnoall.notloaded" in sys.modules)

# __all__ naming a missing attribute: names before it are bound
print("partial", star("mod_star_badall"))

# __all__ with a non-str item
print("nonstr all", star("mod_star_nonstr"))

# no __all__ and a non-str key in the module dict
print("nonstr key", star("mod_star_nonstrkey"))

# __all__ names resolved through module __getattr__
ns = {}
print("lazy", star("mod_star_lazy", ns), ns.get("lazy"))

# star import overwrites existing names
ns = {"a": "old", "c": "old c"}
star("mod_star_all", ns)
print("overwrite", ns["a"], ns["c"])

# star import is a SyntaxError in function and class bodies
for src in ["def f():\n    from mod_star_all import *\n",
            "class C:\n    from mod_star_all import *\n"]:
    try:
        compile(src, "<star>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)


# star import from non-module objects in sys.modules
class Obj:
    def __init__(self):
        self.pub = "pub"
        self._priv = "priv"


sys.modules["star_fake_obj"] = Obj()
print("fake", star("star_fake_obj"))


class ObjAll:
    __all__ = ["q"]
    q = "q"
    r = "r"


sys.modules["star_fake_all"] = ObjAll
print("fake all", star("star_fake_all"))


class NoDict:
    __slots__ = ()


sys.modules["star_fake_nodict"] = NoDict()
print("fake nodict", star("star_fake_nodict"))
