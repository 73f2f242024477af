# importlib.util: find_spec, spec_from_file_location, module_from_spec, resolve_name.
import importlib.util
import importlib.machinery
import os
import sys

HERE = os.getcwd() + os.sep


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!", type(e).__name__, str(e).replace(HERE, "<DIR>/"))


def spec_info(s):
    if s is None:
        return None
    ssl = s.submodule_search_locations
    return (s.name, os.path.basename(s.origin) if s.origin else s.origin, type(s.loader).__name__,
            s.parent, None if ssl is None else [os.path.relpath(p, HERE) for p in ssl], s.has_location)


t("find_spec module", lambda: spec_info(importlib.util.find_spec("mod_ilu")))
t("not imported", lambda: "mod_ilu" in sys.modules)
t("find_spec package", lambda: spec_info(importlib.util.find_spec("pkg_ilu")))
t("find_spec missing", lambda: importlib.util.find_spec("no_such_module_xyz"))
t("find_spec sub", lambda: spec_info(importlib.util.find_spec("pkg_ilu.sub")))
t("parent imported", lambda: ("pkg_ilu" in sys.modules, "pkg_ilu.sub" in sys.modules))
t("find_spec relative", lambda: spec_info(importlib.util.find_spec(".sub", "pkg_ilu")))
t("find_spec missing parent", lambda: importlib.util.find_spec("no_such_pkg_xyz.sub"))
t("find_spec builtin", lambda: spec_info(importlib.util.find_spec("sys")))
import mod_ilu
t("find_spec imported is __spec__", lambda: importlib.util.find_spec("mod_ilu") is mod_ilu.__spec__)
sys.modules["spec_none_mod"] = type(sys)("spec_none_mod")
sys.modules["spec_none_mod"].__spec__ = None
t("find_spec __spec__ None", lambda: importlib.util.find_spec("spec_none_mod"))

# loading a file under any name
spec = importlib.util.spec_from_file_location("custom_name", os.path.join(HERE, "mod_ilu_file.py"))
t("spec_from_file_location", lambda: spec_info(spec))
m = importlib.util.module_from_spec(spec)
t("module_from_spec vars", lambda: sorted(vars(m)))
t("module_from_spec file", lambda: (m.__name__, os.path.basename(m.__file__), m.__spec__ is spec,
                                    m.__loader__ is spec.loader))
spec.loader.exec_module(m)
t("exec_module", lambda: (m.VALUE, "custom_name" in sys.modules, "__builtins__" in vars(m)))

# resolve_name
t("resolve_name", lambda: importlib.util.resolve_name(".x", "pkg_ilu"))
t("resolve_name 2", lambda: importlib.util.resolve_name("..x", "pkg_ilu.sub"))
t("resolve_name absolute", lambda: importlib.util.resolve_name("abs.x", "pkg_ilu"))
t("resolve_name beyond", lambda: importlib.util.resolve_name("..x", "pkg_ilu"))
t("resolve_name no package", lambda: importlib.util.resolve_name(".x", None))

# ModuleSpec
MS = importlib.machinery.ModuleSpec
s = MS("made", None)
t("ModuleSpec repr", lambda: repr(s))
t("ModuleSpec attrs", lambda: (s.name, s.loader, s.origin, s.submodule_search_locations, s.parent,
                               s.has_location, s.cached, s.loader_state))
s2 = MS("made.pkg", None, origin="somewhere", is_package=True)
t("ModuleSpec package", lambda: (repr(s2), s2.parent, s2.submodule_search_locations))
t("ModuleSpec eq", lambda: (MS("a", None) == MS("a", None), MS("a", None) == MS("b", None)))
t("module type from ModuleSpec", lambda: type(mod_ilu.__spec__) is MS)
t("loader classes", lambda: (type(mod_ilu.__loader__) is importlib.machinery.SourceFileLoader,
                             importlib.machinery.SOURCE_SUFFIXES))
