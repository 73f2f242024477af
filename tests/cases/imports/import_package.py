# Packages whose __init__ imports submodules; submodule attributes set on the parent.
import os
import sys


def err(e):
    return "%s: %s" % (type(e).__name__, str(e).replace(os.getcwd() + os.sep, "<DIR>/"))


import pkg_init
print("alpha/beta bound", pkg_init.alpha.ALPHA, pkg_init.B, "beta" in vars(pkg_init))
print("gamma not yet", hasattr(pkg_init, "gamma"), "pkg_init.gamma" in sys.modules)
import pkg_init.gamma
print("gamma now", pkg_init.gamma.G)

# an attribute of the package wins over a submodule of the same name in from-import
from pkg_init import delta
print("from pkg import delta ->", delta, "pkg_init.delta" in sys.modules)
import pkg_init.delta
print("after import pkg_init.delta ->", type(pkg_init.delta).__name__)
from pkg_init import delta
print("from pkg import delta ->", type(delta).__name__, delta.D)

# submodule found through a directory appended to __path__
import pkg_init.epsilon
print("epsilon", pkg_init.epsilon.E, os.path.basename(os.path.dirname(pkg_init.epsilon.__file__)))
print("path len", len(pkg_init.__path__), [os.path.basename(p) for p in pkg_init.__path__])

# a plain module is not a package
try:
    import pkg_init.alpha.x
except ImportError as e:
    print(err(e), "| name", e.name)
try:
    from pkg_init.alpha import nothing
except ImportError as e:
    print(err(e), "| name", e.name)

# an empty __path__ finds nothing
import pkg_emptypath
try:
    import pkg_emptypath.hidden
except ImportError as e:
    print(err(e), "| name", e.name)

# a parent in sys.modules that is not a package
import types
fake = types.ModuleType("fake_plain_parent")
sys.modules["fake_plain_parent"] = fake
try:
    import fake_plain_parent.child
except ImportError as e:
    print(err(e), "| name", e.name)

# a parent that is not even a module but has __path__
holder = types.SimpleNamespace(__path__=[os.path.join(os.getcwd(), "pkg_init")], __name__="fake_ns_parent",
                               __spec__=None)
sys.modules["fake_ns_parent"] = holder
import fake_ns_parent.beta
print("child of non-module parent", sys.modules["fake_ns_parent.beta"].__name__, holder.beta.B)
print("beta executed twice under two names", sys.modules["fake_ns_parent.beta"] is not pkg_init.beta)

# deleting the attribute from the parent: import does not restore it (module is cached)
del pkg_init.gamma
import pkg_init.gamma
print("gamma restored?", hasattr(pkg_init, "gamma"))
from pkg_init import gamma
print("from-import finds cached submodule", gamma.G, hasattr(pkg_init, "gamma"))
