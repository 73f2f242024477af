# Module attributes set by the import system.
import os
import sys

HERE = os.getcwd() + os.sep


def clean(s):
    return str(s).replace(HERE, "<DIR>/")


def rel(p):
    return os.path.relpath(p, HERE) if isinstance(p, str) and os.path.isabs(p) else p


def show(m):
    print("==", m.__name__)
    print(" initial globals", getattr(m, "INITIAL", None))
    print(" vars", sorted(vars(m)))
    print(" __name__", m.__name__, "| __package__", repr(m.__package__))
    print(" __doc__", repr(m.__doc__))
    print(" __file__", os.path.basename(m.__file__), os.path.isabs(m.__file__))
    c = m.__cached__
    print(" __cached__", type(c).__name__, c and os.path.basename(os.path.dirname(c)),
          c and os.path.basename(c).split(".")[0])
    print(" __path__", [rel(p) for p in m.__path__] if hasattr(m, "__path__") else "-",
          type(getattr(m, "__path__", None)).__name__)
    print(" __builtins__", type(m.__builtins__).__name__)
    L = m.__loader__
    print(" __loader__", type(L).__name__, L is m.__spec__.loader,
          getattr(L, "name", None), os.path.basename(getattr(L, "path", "") or ""))
    s = m.__spec__
    print(" spec", type(s).__name__, s.name, os.path.basename(s.origin), repr(s.parent),
          s.has_location, s.loader_state)
    print(" spec origin is __file__", s.origin == m.__file__)
    print(" spec cached", s.cached == m.__cached__)
    ssl = s.submodule_search_locations
    print(" spec ssl", ssl if ssl is None else [rel(p) for p in ssl],
          ssl is getattr(m, "__path__", None))
    print(" repr", clean(repr(m)))
    print(" dir", [n for n in dir(m) if n.startswith("__")])


import mod_attr_plain
show(mod_attr_plain)
import pkg_attr.sub
show(pkg_attr)
show(pkg_attr.sub)

# a pure-Python standard library module
import string
print("== string")
print(" __file__", os.path.basename(string.__file__), "| origin", os.path.basename(string.__spec__.origin))
print(" has_location", string.__spec__.has_location, "| loader", type(string.__loader__).__name__)
print(" __package__", repr(string.__package__), "| parent", repr(string.__spec__.parent))

# builtin modules
for name in ["sys", "builtins"]:
    m = sys.modules[name]
    print("==", name)
    spec = getattr(m, "__spec__", "<missing>")
    print(" __spec__.name", getattr(spec, "name", spec), "| origin", getattr(spec, "origin", spec))
    print(" __package__", repr(getattr(m, "__package__", "<missing>")), "| has __file__",
          hasattr(m, "__file__"))
    L = getattr(m, "__loader__", "<missing>")
    print(" __loader__", getattr(L, "__name__", type(L).__name__))
    print(" has_location", getattr(spec, "has_location", spec))
    print(" repr", repr(m))

# types.ModuleType
import types
m = types.ModuleType("made_by_hand")
print("== ModuleType")
print(" vars", sorted(vars(m)))
print(" values", m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__)
print(" repr", repr(m))
m2 = types.ModuleType("with_doc", "the doc")
print(" doc", m2.__doc__)
print(" type is module type", type(m2) is type(sys), type(sys).__name__, type(sys).__module__)
try:
    types.ModuleType(42)
except TypeError as e:
    print(" TypeError", e)
m.__file__ = "/somewhere/made_by_hand.py"
print(" repr with __file__", repr(m))
del m.__file__
m.__loader__ = None
m.__spec__ = None
print(" repr no spec", repr(m))

# __file__ and __name__ can be rebound
mod_attr_plain.__name__ = "renamed"
print("renamed repr", clean(repr(mod_attr_plain)))
mod_attr_plain.__name__ = "mod_attr_plain"
