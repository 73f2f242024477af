# Relative imports in nested packages and their errors.
import os
import sys

HERE = os.getcwd() + os.sep


def clean(msg):
    return str(msg).replace(HERE, "<DIR>/")


def report(e):
    print("  %s: %s | name=%r" % (type(e).__name__, clean(e), getattr(e, "name", "<none>")))


import pkg_rel
print("---")
import pkg_rel.sub.b
print("---")
for mod in ["pkg_rel.sub.beyond", "pkg_rel.sub.beyond4", "pkg_rel.sub.missing_mod",
            "pkg_rel.sub.missing_name"]:
    print(mod)
    try:
        __import__(mod)
    except ImportError as e:
        report(e)
    print("  in sys.modules", mod in sys.modules)

print("--- relative import in __main__")
print("main package", repr(globals().get("__package__", "<missing>")), globals().get("__spec__", "<missing>"))
for src in ["from . import x", "from .x import y", "from .. import x"]:
    try:
        exec(src)
    except ImportError as e:
        report(e)

print("--- exec with crafted globals")
cases = [
    {"__name__": "pkg_rel.sub.b2", "__package__": "pkg_rel.sub"},
    {"__name__": "pkg_rel.sub.b2"},
    {"__name__": "pkg_rel.sub", "__path__": []},
    {"__name__": "pkg_rel", "__package__": None},
    {"__name__": "whatever", "__package__": ""},
    {"__name__": "pkg_rel.sub.b2", "__package__": 5},
    {"__name__": "nonexistent_pkg_xyz.mod", "__package__": "nonexistent_pkg_xyz"},
]
for g in cases:
    print(sorted(g.items(), key=lambda kv: kv[0]))
    for src in ["from . import c", "from .. import a", "from .c import C_NAME"]:
        ns = dict(g)
        try:
            exec(src, ns)
            got = [k for k in ns if k in ("c", "a", "C_NAME")][0]
            v = ns[got]
            print("  %-22s ok %s" % (src, getattr(v, "__name__", v)))
        except Exception as e:
            print("  %-22s %s: %s" % (src, type(e).__name__, clean(e)))

print("--- __import__ with level")
g = {"__name__": "pkg_rel.sub.b", "__package__": "pkg_rel.sub"}
print(__import__("c", g, None, ["C_NAME"], 1).__name__)
print(__import__("", g, None, ["c"], 1).__name__)
print(__import__("a", g, None, [], 2).__name__)
print(__import__("sub.c", g, None, [], 2).__name__)
print(__import__("sub.c", g, None, ["x"], 2).__name__)
for lvl in [3, 4]:
    try:
        __import__("a", g, None, [], lvl)
    except ImportError as e:
        report(e)
try:
    __import__("a", g, None, [], -1)
except ValueError as e:
    print("  ValueError", e)
try:
    __import__("", {}, None, [], 0)
except ValueError as e:
    print("  ValueError", e)
try:
    __import__("a", None, None, [], 1)
except Exception as e:
    print("  %s: %s" % (type(e).__name__, e))
