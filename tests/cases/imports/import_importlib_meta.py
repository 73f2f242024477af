# importlib.import_module, find_spec, reload and __import__ with finders of the program's
# own on sys.meta_path and sys.path_hooks.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys


def t(label, fn):
    try:
        r = fn()
        print(label, "->", getattr(r, "__name__", r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


SOURCES = {
    "mem_a": "print('exec mem_a', __name__, __package__)\nA = 1\n",
    "mem_pkg": "print('exec mem_pkg', __name__, __package__)\n",
    "mem_pkg.child": ("print('exec mem_pkg.child', __package__)\nimport importlib\n"
                      "sibling = importlib.import_module('.sibling', __package__)\nC = sibling.S\n"),
    "mem_pkg.sibling": "print('exec mem_pkg.sibling')\nS = 'sib'\n",
    "mem_bad": "print('exec mem_bad')\nraise ValueError('mem_bad fails')\n",
    "mem_swap": "import sys\nsys.modules[__name__] = 'replacement'\n",
}


class MemLoader(importlib.abc.Loader):
    def __init__(self, version=1):
        self.version = version

    def exec_module(self, module):
        name = module.__spec__.name
        code = SOURCES[name]
        exec(compile(code, "<mem %s>" % name, "exec"), module.__dict__)
        module.version = self.version


class MemFinder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.log = []
        self.invalidated = 0
        self.version = 1

    def find_spec(self, name, path, target=None):
        self.log.append((name, path is not None, target is not None))
        if name in SOURCES:
            is_pkg = name == "mem_pkg"
            return importlib.util.spec_from_loader(name, MemLoader(self.version), origin="mem",
                                                   is_package=is_pkg)
        return None

    def invalidate_caches(self):
        self.invalidated += 1


finder = MemFinder()
sys.meta_path.insert(0, finder)
try:
    t("import_module", lambda: importlib.import_module("mem_a"))
    a = sys.modules["mem_a"]
    t("attrs", lambda: (a.A, a.version, a.__spec__.origin, a.__spec__.has_location,
                        type(a.__loader__).__name__, hasattr(a, "__file__"), a.__package__))
    t("cached", lambda: importlib.import_module("mem_a") is a)
    t("package child", lambda: importlib.import_module("mem_pkg.child"))
    t("child values", lambda: (sys.modules["mem_pkg.child"].C, sys.modules["mem_pkg"].child.C,
                               sys.modules["mem_pkg"].__path__))
    t("relative", lambda: importlib.import_module(".sibling", "mem_pkg") is sys.modules["mem_pkg.sibling"])
    t("failing module", lambda: importlib.import_module("mem_bad"))
    t("failing removed", lambda: "mem_bad" in sys.modules)
    t("replaced in sys.modules", lambda: importlib.import_module("mem_swap"))
    t("real module still found", lambda: importlib.import_module("mod_ilmeta_plain").P)
    t("real package", lambda: importlib.import_module("pkg_ilmeta.real").R)
    t("missing", lambda: importlib.import_module("mem_missing"))
    t("missing sub", lambda: importlib.import_module("mem_pkg.nope"))
    t("not a package", lambda: importlib.import_module("mem_a.x"))
    t("find_spec", lambda: importlib.util.find_spec("mem_pkg.sibling").origin)
    t("find_spec unimported", lambda: (importlib.util.find_spec("mem_bad").origin,
                                   type(importlib.util.find_spec("mem_bad").loader).__name__))
    finder.version = 2
    t("reload", lambda: importlib.reload(a) is a)
    t("reloaded", lambda: (a.version, a.A))
    t("invalidate_caches", lambda: (importlib.invalidate_caches(), finder.invalidated))
    sys.modules["mem_blocked"] = None
    t("None in sys.modules", lambda: importlib.import_module("mem_blocked"))
    del sys.modules["mem_blocked"]
    t("__import__ top", lambda: importlib.__import__("mem_pkg.sibling"))
    t("__import__ fromlist", lambda: importlib.__import__("mem_pkg", fromlist=["sibling"]))
    t("__import__ level", lambda: importlib.__import__("sibling", {"__package__": "mem_pkg"},
                                                       None, ["S"], 1))
finally:
    sys.meta_path.remove(finder)
print("log", finder.log)


# a finder without find_spec is skipped; a finder raising stops the search
class NoFindSpec:
    pass


class Raising:
    @staticmethod
    def find_spec(name, path, target=None):
        raise KeyError(name)


sys.meta_path.insert(0, NoFindSpec())
try:
    t("finder without find_spec", lambda: importlib.import_module("mod_ilmeta_plain").P)
finally:
    del sys.meta_path[0]
sys.meta_path.insert(0, Raising)
try:
    t("raising finder", lambda: importlib.import_module("anything_else_xyz"))
    t("raising finder, cached module", lambda: importlib.import_module("mem_a").A)
finally:
    sys.meta_path.remove(Raising)


# loaders: legacy load_module only, exec_module without create_module
class Legacy:
    def load_module(self, name):
        m = type(sys)(name)
        m.legacy = True
        sys.modules[name] = m
        return m


class NoCreate:
    def exec_module(self, module):
        pass


class LoaderFinder:
    @staticmethod
    def find_spec(name, path, target=None):
        if name == "legacy_mod":
            return importlib.machinery.ModuleSpec(name, Legacy())
        if name == "nocreate_mod":
            return importlib.machinery.ModuleSpec(name, NoCreate())
        if name == "noloader_mod":
            return importlib.machinery.ModuleSpec(name, None)
        return None


sys.meta_path.insert(0, LoaderFinder)
try:
    t("legacy loader", lambda: importlib.import_module("legacy_mod"))
    lm = sys.modules["legacy_mod"]
    t("legacy attrs", lambda: (lm.legacy, type(lm.__loader__).__name__, lm.__spec__.name,
                               lm.__package__))
    t("no create_module", lambda: importlib.import_module("nocreate_mod"))
    t("no loader", lambda: importlib.import_module("noloader_mod"))
finally:
    sys.meta_path.remove(LoaderFinder)


# sys.path_hooks: a path entry handled by a finder of the program's own
class EntryFinder(importlib.abc.PathEntryFinder):
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, name, target=None):
        if name == "hooked_mod":
            return importlib.util.spec_from_loader(name, MemHookLoader(), origin=self.entry)
        return None


class MemHookLoader(importlib.abc.Loader):
    def exec_module(self, module):
        module.where = module.__spec__.origin


def hook(entry):
    if entry == "<hooked>":
        return EntryFinder(entry)
    raise ImportError("not mine")


sys.path_hooks.insert(0, hook)
sys.path.append("<hooked>")
try:
    t("path hook", lambda: importlib.import_module("hooked_mod").where)
    t("importer cache", lambda: type(sys.path_importer_cache["<hooked>"]).__name__)
    t("find_spec via hook", lambda: importlib.util.find_spec("hooked_mod").origin)
finally:
    sys.path.remove("<hooked>")
    sys.path_hooks.remove(hook)
    sys.path_importer_cache.pop("<hooked>", None)
