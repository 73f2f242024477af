# importlib.reload after the source changed on disk; reload of lib modules, namespace
# packages, modules loaded under another name, and reload errors.
import importlib
import importlib.util
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()


def write(name, text):
    with open(os.path.join(d, name), "w") as f:
        f.write(text)


def t(label, fn):
    try:
        r = fn()
        print(label, "->", getattr(r, "__name__", r))
    except Exception as e:
        print(label, "!", type(e).__name__, str(e).replace(d, "<TMP>"))


sys.path.insert(0, d)
try:
    write("edited_mod.py", "VALUE = 1\nKEEP = 'first'\ndef f():\n    return 'f1'\n")
    import edited_mod
    old_f = edited_mod.f
    print("before", edited_mod.VALUE, edited_mod.f())
    write("edited_mod.py", "VALUE = 2\ndef f():\n    return 'f2'\nNEW = 'new'\n")
    importlib.invalidate_caches()
    r = importlib.reload(edited_mod)
    print("after", r is edited_mod, edited_mod.VALUE, edited_mod.f(), old_f(), edited_mod.KEEP,
          edited_mod.NEW)
    print("file", os.path.basename(edited_mod.__file__), edited_mod.__spec__.name,
          type(edited_mod.__loader__).__name__)
    write("edited_mod.py", "VALUE = 3\nraise KeyError('broken edit')\n")
    t("broken edit", lambda: importlib.reload(edited_mod))
    print("after broken", edited_mod.VALUE, sys.modules["edited_mod"] is edited_mod)
    write("edited_mod.py", "def oops(:\n")
    t("syntax error edit", lambda: importlib.reload(edited_mod))
    os.remove(os.path.join(d, "edited_mod.py"))
    t("file removed", lambda: importlib.reload(edited_mod))
    write("swap_mod.py", "import sys\nif getattr(sys, '_swap', 0):\n    sys.modules[__name__] = 'swapped'\nsys._swap = 1\n")
    import swap_mod
    t("module replaces itself on reload", lambda: importlib.reload(swap_mod))
finally:
    sys.path.remove(d)
    shutil.rmtree(d)

# a lib module
import json
dumps = json.dumps
t("reload json", lambda: importlib.reload(json) is json)
print("json works", json.dumps({"a": [1, 2]}), json.dumps is not dumps, dumps([3]))

# a namespace package
import ns_ilr.part
t("reload namespace", lambda: importlib.reload(ns_ilr) is ns_ilr)
print("namespace attrs", ns_ilr.part.__name__, ns_ilr.__spec__.origin, type(ns_ilr.__loader__).__name__)

# a package submodule, and its parent missing from sys.modules
import pkg_ilr.kid
t("reload kid", lambda: (importlib.reload(pkg_ilr.kid).N, pkg_ilr.kid.N))
parent = sys.modules.pop("pkg_ilr")
t("parent missing", lambda: importlib.reload(pkg_ilr.kid))
sys.modules["pkg_ilr"] = parent

# a module loaded from a file under another name
spec = importlib.util.spec_from_file_location("renamed_ilr", os.path.join(os.getcwd(), "pkg_ilr", "kid.py"))
m = importlib.util.module_from_spec(spec)
sys.modules["renamed_ilr"] = m
spec.loader.exec_module(m)
t("reload renamed", lambda: importlib.reload(m))
del sys.modules["renamed_ilr"]

# __spec__.name wins over __name__
pkg_ilr.kid.__name__ = "something_else"
t("spec name used", lambda: importlib.reload(pkg_ilr.kid).N)
print("name after reload", pkg_ilr.kid.__name__)
