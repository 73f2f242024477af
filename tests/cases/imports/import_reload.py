# importlib.reload: re-executes in the same module object.
import importlib
import sys

import mod_reload
from mod_reload import func as old_func
first = mod_reload
d = mod_reload.__dict__
r = importlib.reload(mod_reload)
print("same object", r is first, mod_reload is first, mod_reload.__dict__ is d,
      sys.modules["mod_reload"] is first)
print("values", mod_reload.count, mod_reload.always, mod_reload.only_first)
print("old reference kept", old_func(), "| new", mod_reload.func(), old_func is not mod_reload.func)
print("module attrs survive", mod_reload.__name__, mod_reload.__spec__.name)
try:
    importlib.reload(mod_reload)
except RuntimeError as e:
    print("failing reload", e)
print("after failing reload", "mod_reload" in sys.modules, sys.modules.get("mod_reload") is first,
      mod_reload.count, mod_reload.always)

# reload of a submodule and of a package
import pkg_reload.child
importlib.reload(pkg_reload.child)
importlib.reload(pkg_reload)
print("package attr kept", pkg_reload.child.n, hasattr(pkg_reload, "child"))

# errors
def t(label, fn):
    try:
        r = fn()
        print(label, "->", getattr(r, "__name__", r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


t("reload non-module", lambda: importlib.reload("mod_reload"))
t("reload None", lambda: importlib.reload(None))
import types
t("reload unregistered", lambda: importlib.reload(types.ModuleType("never_registered_xyz")))
m = sys.modules.pop("pkg_reload.child")
t("reload removed", lambda: importlib.reload(m))
sys.modules["pkg_reload.child"] = m
t("reload builtin", lambda: importlib.reload(sys) is sys)
