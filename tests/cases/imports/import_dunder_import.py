# builtins.__import__: return values, fromlist handling, level, keyword arguments and
# replacing it.
import builtins
import sys


def t(label, fn):
    try:
        r = fn()
        print(label, "->", getattr(r, "__name__", r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


t("dotted, no fromlist", lambda: __import__("pkg_dunder.sub.leaf"))
t("dotted, fromlist", lambda: __import__("pkg_dunder.sub.leaf", fromlist=["LEAF"]))
t("dotted, fromlist list", lambda: __import__("pkg_dunder.sub", globals(), locals(), ["x"], 0))
t("fromlist None", lambda: __import__("pkg_dunder.sub", fromlist=None))
t("fromlist empty string", lambda: __import__("pkg_dunder.sub", fromlist=[""]))
print("sub2 loaded?", "pkg_dunder.sub2" in sys.modules)
t("fromlist submodule", lambda: __import__("pkg_dunder", fromlist=["sub2"]))
print("sub2 loaded", "pkg_dunder.sub2" in sys.modules, hasattr(sys.modules["pkg_dunder"], "sub2"))
t("fromlist tuple submodules", lambda: __import__("pkg_dunder", fromlist=("sub3", "TOP")))
print("sub3 loaded", "pkg_dunder.sub3" in sys.modules)
t("fromlist missing name", lambda: __import__("pkg_dunder", fromlist=["does_not_exist"]))
t("fromlist failing submodule", lambda: __import__("pkg_dunder", fromlist=["failing"]))
t("fromlist inner missing", lambda: __import__("pkg_dunder", fromlist=["inner_missing"]))
t("fromlist on plain module", lambda: __import__("pkg_dunder.sub2", fromlist=["nothing"]))
t("fromlist non-str", lambda: __import__("pkg_dunder", fromlist=[1]))
t("fromlist star", lambda: __import__("pkg_dunder_all", fromlist=["*"]))
print("auto loaded", "pkg_dunder_all.auto" in sys.modules)
t("keyword name", lambda: __import__(name="sys"))
t("level 0 explicit", lambda: __import__("sys", level=0))
t("level 1 no package", lambda: __import__("x", globals(), level=1))
t("too many args", lambda: __import__("sys", None, None, None, 0, 1))
t("bad keyword", lambda: __import__("sys", bogus=1))
t("globals not dict", lambda: __import__("sys", 5))
t("globals not dict relative", lambda: __import__("sys", 5, None, [], 1))

# import statements call builtins.__import__
calls = []
real_import = builtins.__import__


def logging_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, globals is MAIN_GLOBALS,
                  "None" if locals is None else ("globals" if locals is MAIN_GLOBALS else "dict")))
    return real_import(name, globals, locals, fromlist, level)


MAIN_GLOBALS = globals()
builtins.__import__ = logging_import
try:
    import pkg_dunder
    import pkg_dunder.sub.leaf
    import pkg_dunder.sub.leaf as leaf_alias
    from pkg_dunder import TOP, sub2
    from pkg_dunder.sub import *

    def in_function():
        import pkg_dunder.sub2
        from pkg_dunder import sub3
    in_function()

    class InClass:
        import pkg_dunder
finally:
    builtins.__import__ = real_import
for c in calls:
    print("call", c)
print("leaf alias", leaf_alias.__name__)

# a replacement __import__ can return anything
builtins.__import__ = lambda *a, **k: "fake module"
try:
    import anything_at_all
    from anything import name_x
except Exception as e:
    print("fake from-import", type(e).__name__, e)
finally:
    builtins.__import__ = real_import
print("fake import result", anything_at_all)

# deleting builtins.__import__
del builtins.__import__
try:
    import sys as sys2
except ImportError as e:
    print("no __import__", type(e).__name__, e)
finally:
    builtins.__import__ = real_import
