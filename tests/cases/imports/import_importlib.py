# importlib.import_module: absolute and relative names, errors.
import importlib
import sys


def t(label, fn):
    try:
        r = fn()
        print(label, "->", getattr(r, "__name__", r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


t("absolute", lambda: importlib.import_module("mod_il_plain"))
t("again (cached)", lambda: importlib.import_module("mod_il_plain"))
t("dotted returns leaf", lambda: importlib.import_module("pkg_il.sub.b"))
t("parent imported", lambda: "pkg_il" in sys.modules and "pkg_il.sub" in sys.modules)
t("attribute set", lambda: sys.modules["pkg_il.sub"].b.B)
t("relative", lambda: importlib.import_module(".a", "pkg_il"))
t("relative package module", lambda: importlib.import_module(".sub", package="pkg_il"))
t("relative two dots", lambda: importlib.import_module("..a", "pkg_il.sub"))
t("relative dot only", lambda: importlib.import_module(".", "pkg_il.sub"))
t("relative from submodule pkg", lambda: importlib.import_module(".b", "pkg_il.sub"))
t("relative no package", lambda: importlib.import_module(".a"))
t("relative package None", lambda: importlib.import_module(".a", None))
t("relative beyond", lambda: importlib.import_module("...a", "pkg_il.sub"))
t("relative bad package", lambda: importlib.import_module(".a", "no_such_pkg_xyz"))
t("absolute ignores package", lambda: importlib.import_module("mod_il_plain", "pkg_il"))
t("missing", lambda: importlib.import_module("no_such_module_xyz"))
t("missing sub", lambda: importlib.import_module("pkg_il.nope"))
t("not a package", lambda: importlib.import_module("mod_il_plain.x"))
t("empty", lambda: importlib.import_module(""))
t("non-str", lambda: importlib.import_module(5))
t("builtin", lambda: importlib.import_module("sys") is sys)
t("stdlib", lambda: importlib.import_module("json.decoder"))
t("invalidate_caches", lambda: importlib.invalidate_caches())
t("same as import statement", lambda: importlib.import_module("pkg_il.a") is sys.modules["pkg_il.a"])
print("importlib attrs", [n for n in ("import_module", "reload", "invalidate_caches")
                          if hasattr(importlib, n)])
