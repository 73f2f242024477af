# import a.b.c binds the top-level name; `as` forms bind the leaf; from-imports.
import sys

print("before", "pkg_dot" in sys.modules, "pkg_dot.sub" in sys.modules)
import pkg_dot.sub.leaf
print("bound", pkg_dot.__name__, pkg_dot.sub.__name__, pkg_dot.sub.leaf.__name__)
print("values", pkg_dot.X, pkg_dot.sub.Y, pkg_dot.sub.leaf.Z, pkg_dot.sub.leaf.f())
print("in modules", "pkg_dot" in sys.modules, "pkg_dot.sub" in sys.modules,
      "pkg_dot.sub.leaf" in sys.modules)
print("same", sys.modules["pkg_dot.sub.leaf"] is pkg_dot.sub.leaf)
print("leaf not in globals", "leaf" in globals(), "sub" in globals())
print("other not yet", hasattr(pkg_dot, "other"))

# a second import of the same dotted name does not re-execute
import pkg_dot.sub.leaf
import pkg_dot.sub
print("no re-exec")

# import x as y binds only y
import mod_dot_plain as mdp
print("as", mdp.__name__, mdp.A, "mod_dot_plain" in globals())

# import a.b as c binds the submodule
import pkg_dot.other as oth
print("a.b as c", oth.__name__, oth.W, oth is pkg_dot.other)
import pkg_dot.sub.leaf as lf
print("a.b.c as d", lf.__name__, lf is sys.modules["pkg_dot.sub.leaf"])

# from x import y, z
from mod_dot_plain import A, B
print("from", A, B)
from mod_dot_plain import A as AA, g as gg, _c
print("from as", AA, gg(), _c)
from pkg_dot.sub import leaf
print("from pkg import submodule", leaf.__name__, leaf is lf)
from pkg_dot.sub.leaf import Z, f
print("from a.b.c import", Z, f())
from pkg_dot import sub, other, X
print("from pkg import mixed", sub.__name__, other.__name__, X)

# parenthesised and trailing comma
from mod_dot_plain import (
    A as A2,
    B as B2,
)
print("paren", A2, B2)

# rebinding the top name in a function scope
def fn():
    import pkg_dot.sub
    return pkg_dot.__name__, "pkg_dot" in locals()
print("fn", fn())

# import of a package does not import its submodules implicitly
del sys.modules["pkg_dot"]
import pkg_dot as fresh
print("fresh", fresh is pkg_dot, hasattr(fresh, "sub"), hasattr(fresh, "other"))
import pkg_dot.sub
# pkg_dot.sub is still cached, so the new parent does not get the attribute
print("fresh sub", hasattr(fresh, "sub"))
try:
    fresh.sub
except AttributeError as e:
    print("AttributeError", e)
# importing a new submodule sets it on the module now in sys.modules
import pkg_dot.other
print("fresh other", hasattr(fresh, "other"))
del sys.modules["pkg_dot.other"]
import pkg_dot.other
print("fresh other reimported", hasattr(fresh, "other"), fresh.other is sys.modules["pkg_dot.other"],
      fresh.other is oth)
print("global rebound to fresh", pkg_dot is fresh)
