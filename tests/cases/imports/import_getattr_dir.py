# Module __getattr__ and __dir__ (PEP 562), module __class__ assignment.
import sys


def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, "!", type(e).__name__, str(e).split(" (")[0])


def from_import(mod, name):
    ns = {}
    exec("from %s import %s" % (mod, name), ns)
    return ns[name]


import mod_lazy
t("lazy attr", lambda: mod_lazy.lazy_one)
t("real attr", lambda: mod_lazy.real)
t("getattr default", lambda: getattr(mod_lazy, "missing", "default"))
t("hasattr", lambda: (hasattr(mod_lazy, "lazy_two"), hasattr(mod_lazy, "nope")))
t("missing", lambda: mod_lazy.missing2)
t("boom", lambda: mod_lazy.boom)
t("hasattr boom", lambda: hasattr(mod_lazy, "boom"))
t("from-import", lambda: from_import("mod_lazy", "lazy_three"))
t("from-import missing", lambda: from_import("mod_lazy", "missing3"))
t("from-import boom", lambda: from_import("mod_lazy", "boom"))
print("log", [n for n in mod_lazy.log if not n.startswith("__")])
del mod_lazy.log[:]
t("submodule", lambda: __import__("mod_lazy.sub"))
print("log after submodule import", mod_lazy.log)
t("dir", lambda: dir(mod_lazy))
print("vars keys", sorted(k for k in vars(mod_lazy) if not k.startswith("__")))

import mod_lazy_plain
try:
    mod_lazy_plain.nope
except AttributeError as e:
    print("plain AttributeError", e, "| name", getattr(e, "name", "<none>"), "| obj is module",
          getattr(e, "obj", None) is mod_lazy_plain)
try:
    del mod_lazy_plain.nope
except AttributeError as e:
    print("del AttributeError", e)

# __getattr__ added from outside
mod_lazy_plain.__getattr__ = lambda name: "outside:" + name
t("added __getattr__", lambda: mod_lazy_plain.anything)
t("from-import added", lambda: from_import("mod_lazy_plain", "something"))
mod_lazy_plain.__dir__ = lambda: ["only"]
t("added __dir__", lambda: dir(mod_lazy_plain))
del mod_lazy_plain.__getattr__, mod_lazy_plain.__dir__
t("removed", lambda: (hasattr(mod_lazy_plain, "anything"), "x" in dir(mod_lazy_plain)))

import mod_lazy_tuple_dir
t("tuple __dir__", lambda: dir(mod_lazy_tuple_dir))
import mod_lazy_bad_dir
t("bad __dir__", lambda: dir(mod_lazy_bad_dir))

# module __class__ assignment
import mod_lazy_class
t("class", lambda: (type(mod_lazy_class).__name__, repr(mod_lazy_class)))
t("property", lambda: mod_lazy_class.prop)
mod_lazy_class.extra = 2
t("isinstance", lambda: (isinstance(mod_lazy_class, type(sys)), mod_lazy_class.value, mod_lazy_class.extra))


def bad_class():
    mod_lazy_class.__class__ = int


t("__class__ = int", bad_class)


# __getattr__ in __main__
def __getattr__(name):
    return "main getattr " + name


t("main", lambda: sys.modules[__name__].whatever)
try:
    print(undefined_global_name)
except NameError as e:
    print("NameError", e)
