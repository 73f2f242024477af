# importlib.machinery and importlib.abc: finders, loaders, cache names, ABC registrations.
import importlib
import importlib.abc
import importlib.machinery as m
import importlib.util as u
import os
import sys

HERE = os.getcwd() + os.sep


def clean(x):
    return str(x).replace(HERE, "<DIR>/")


def t(label, fn):
    try:
        print(label, "->", clean(fn()))
    except Exception as e:
        print(label, "!", type(e).__name__, clean(e))


def spec_info(s):
    if s is None:
        return None
    ssl = s.submodule_search_locations
    return (s.name, s.origin and os.path.basename(s.origin), type(s.loader).__name__, s.parent,
            None if ssl is None else [os.path.relpath(p, HERE) for p in ssl], s.has_location)


# constants
t("MAGIC_NUMBER", lambda: (u.MAGIC_NUMBER, len(u.MAGIC_NUMBER)))
t("suffixes", lambda: (m.SOURCE_SUFFIXES, m.BYTECODE_SUFFIXES, m.DEBUG_BYTECODE_SUFFIXES,
                       m.OPTIMIZED_BYTECODE_SUFFIXES))
t("all_suffixes starts", lambda: m.all_suffixes()[:2])

# cache file names
t("cache_from_source", lambda: u.cache_from_source("/a/b/mod.py"))
t("cache_from_source opt", lambda: u.cache_from_source("/a/b/mod.py", optimization=2))
t("cache_from_source opt ''", lambda: u.cache_from_source("/a/mod.py", optimization=""))
t("cache_from_source relative", lambda: u.cache_from_source("mod.py"))
t("cache_from_source no suffix", lambda: u.cache_from_source("/a/mod"))
t("cache_from_source dots", lambda: u.cache_from_source("/a/x.y.py"))
t("cache_from_source bad opt", lambda: u.cache_from_source("/a/mod.py", optimization="x!"))
t("source_from_cache", lambda: u.source_from_cache("/a/__pycache__/mod.cpython-312.pyc"))
t("source_from_cache opt", lambda: u.source_from_cache("/a/__pycache__/mod.cpython-312.opt-1.pyc"))
t("source_from_cache not pycache", lambda: u.source_from_cache("/a/mod.cpython-312.pyc"))
t("source_from_cache dots", lambda: u.source_from_cache("/a/__pycache__/mod.pyc"))
t("source_from_cache bad opt", lambda: u.source_from_cache("/a/__pycache__/m.cpython-312.x.pyc"))
t("source_from_cache bad level", lambda: u.source_from_cache("/a/__pycache__/m.cpython-312.opt-!.pyc"))
t("round trip", lambda: u.source_from_cache(u.cache_from_source("/x/y/z.py")))

# decode_source
t("decode_source", lambda: u.decode_source(b"a = 1\r\nb = 2\rc = 3\n"))
t("decode_source cookie", lambda: u.decode_source(b"# coding: latin-1\nx = '\xe9'\n"))
t("decode_source bom", lambda: u.decode_source(b"\xef\xbb\xbfx = 1\n"))

# SourceFileLoader
path = os.path.join(HERE, "mod_ilm_src.py")
L = m.SourceFileLoader("mod_ilm_src", path)
t("loader attrs", lambda: (L.name, os.path.basename(L.path)))
t("get_filename", lambda: os.path.basename(L.get_filename()))
t("get_filename same name", lambda: os.path.basename(L.get_filename("mod_ilm_src")))
t("get_filename other name", lambda: L.get_filename("other"))
t("is_package", lambda: L.is_package("mod_ilm_src"))
t("get_source", lambda: L.get_source("mod_ilm_src").splitlines()[3])
t("get_data", lambda: L.get_data(path).splitlines()[3])
t("get_data missing", lambda: type(L.get_data(os.path.join(HERE, "no_such_file.py"))))
t("get_code", lambda: (type(L.get_code("mod_ilm_src")).__name__,
                       os.path.basename(L.get_code("mod_ilm_src").co_filename)))
t("path_stats keys", lambda: sorted(L.path_stats(path)))
t("loader eq", lambda: (L == m.SourceFileLoader("mod_ilm_src", path),
                        L == m.SourceFileLoader("other", path),
                        hash(L) == hash(m.SourceFileLoader("mod_ilm_src", path))))
pkg_loader = m.SourceFileLoader("pkg_ilm", os.path.join(HERE, "pkg_ilm", "__init__.py"))
t("is_package pkg", lambda: pkg_loader.is_package("pkg_ilm"))
mod = type(sys)("mod_ilm_src")
L.exec_module(mod)
t("exec_module", lambda: (mod.TEXT, mod.__doc__, "mod_ilm_src" in sys.modules))

# spec_from_loader
t("spec_from_loader file loader", lambda: spec_info(u.spec_from_loader("mod_ilm_src", L)))
t("spec_from_loader other name", lambda: spec_info(u.spec_from_loader("zzz", L)))
t("spec_from_loader pkg", lambda: spec_info(u.spec_from_loader("pkg_ilm", pkg_loader)))
t("spec_from_loader is_package", lambda: spec_info(u.spec_from_loader("x", None, is_package=True)))
t("spec_from_loader None", lambda: repr(u.spec_from_loader("x", None)))
t("spec_from_loader origin", lambda: repr(u.spec_from_loader("x", None, origin="here")))
t("spec_from_loader builtin", lambda: repr(u.spec_from_loader("x", m.BuiltinImporter)))

# spec_from_file_location
t("sffl package", lambda: spec_info(u.spec_from_file_location(
    "pkg_ilm", os.path.join(HERE, "pkg_ilm", "__init__.py"))))
t("sffl ssl given", lambda: spec_info(u.spec_from_file_location(
    "pkg_ilm", os.path.join(HERE, "pkg_ilm", "__init__.py"), submodule_search_locations=[])))
t("sffl unknown suffix", lambda: u.spec_from_file_location("x", "/a/b.txt"))
t("sffl relative", lambda: u.spec_from_file_location("x", "mod_ilm_src.py").origin)
t("sffl loader only", lambda: spec_info(u.spec_from_file_location("mod_ilm_src", loader=L)))
t("sffl cached", lambda: os.path.relpath(u.spec_from_file_location("x", path).cached, HERE))

# finders
t("BuiltinImporter sys", lambda: repr(m.BuiltinImporter.find_spec("sys")))
t("BuiltinImporter not builtin", lambda: m.BuiltinImporter.find_spec("mod_ilm_src"))
t("BuiltinImporter is_package", lambda: (m.BuiltinImporter.is_package("sys"),
                                         m.BuiltinImporter.get_source("sys"),
                                         m.BuiltinImporter.get_code("sys")))
t("FrozenImporter", lambda: m.FrozenImporter.find_spec("no_such_frozen_xyz"))
t("PathFinder module", lambda: spec_info(m.PathFinder.find_spec("mod_ilm_src")))
t("PathFinder package", lambda: spec_info(m.PathFinder.find_spec("pkg_ilm")))
t("PathFinder missing", lambda: m.PathFinder.find_spec("no_such_module_xyz"))
t("PathFinder sub", lambda: spec_info(m.PathFinder.find_spec(
    "pkg_ilm.leaf", [os.path.join(HERE, "pkg_ilm")])))
t("PathFinder sub package", lambda: spec_info(m.PathFinder.find_spec(
    "pkg_ilm.sub", [os.path.join(HERE, "pkg_ilm")])))
t("PathFinder sub missing", lambda: m.PathFinder.find_spec("pkg_ilm.nope", [os.path.join(HERE, "pkg_ilm")]))
ns = m.PathFinder.find_spec("ns_ilm")
t("PathFinder namespace", lambda: (ns.name, ns.origin, ns.loader, type(ns.submodule_search_locations).__name__,
                                   [os.path.relpath(p, HERE) for p in ns.submodule_search_locations],
                                   ns.has_location))
t("not imported", lambda: [n for n in ("mod_ilm_src", "pkg_ilm", "pkg_ilm.leaf", "ns_ilm") if n in sys.modules])
ff = m.FileFinder(HERE, (m.SourceFileLoader, m.SOURCE_SUFFIXES))
t("FileFinder path", lambda: (ff.path == HERE.rstrip(os.sep), clean(repr(ff))))
t("FileFinder module", lambda: spec_info(ff.find_spec("mod_ilm_src")))
t("FileFinder package", lambda: spec_info(ff.find_spec("pkg_ilm")))
t("FileFinder namespace", lambda: spec_info(ff.find_spec("ns_ilm")))
t("FileFinder missing", lambda: ff.find_spec("no_such_module_xyz"))
hook = m.FileFinder.path_hook((m.SourceFileLoader, m.SOURCE_SUFFIXES))
t("path_hook dir", lambda: type(hook(HERE)).__name__)
t("path_hook file", lambda: hook(path))
t("meta_path", lambda: [getattr(f, "__name__", f) for f in sys.meta_path])
t("path hooks callable", lambda: all(callable(h) for h in sys.path_hooks))
t("importer cache", lambda: type(sys.path_importer_cache).__name__)

# ABCs
A = importlib.abc
t("abc SourceFileLoader", lambda: (issubclass(m.SourceFileLoader, A.SourceLoader),
                                   issubclass(m.SourceFileLoader, A.FileLoader),
                                   issubclass(m.SourceFileLoader, A.ExecutionLoader),
                                   issubclass(m.SourceFileLoader, A.InspectLoader),
                                   issubclass(m.SourceFileLoader, A.ResourceLoader),
                                   issubclass(m.SourceFileLoader, A.Loader),
                                   isinstance(L, A.Loader)))
t("abc finders", lambda: (issubclass(m.PathFinder, A.MetaPathFinder),
                          issubclass(m.BuiltinImporter, A.MetaPathFinder),
                          issubclass(m.FileFinder, A.PathEntryFinder),
                          issubclass(m.FileFinder, A.MetaPathFinder),
                          issubclass(m.BuiltinImporter, A.InspectLoader)))
t("abc instantiate", lambda: A.InspectLoader())
t("abc Loader", lambda: (A.Loader().create_module(None), type(A.MetaPathFinder()).__name__,
                         A.MetaPathFinder().invalidate_caches()))


class StrLoader(A.InspectLoader):
    def get_source(self, fullname):
        return "X = %r\n" % fullname

    def is_package(self, fullname):
        return False


sl = StrLoader()
t("InspectLoader get_code", lambda: type(sl.get_code("q")).__name__)
mq = type(sys)("q")
sl.exec_module(mq)
t("InspectLoader exec_module", lambda: mq.X)
t("source_to_code", lambda: A.InspectLoader.source_to_code("1 + 1", "<s>").co_filename)


class DictLoader(A.SourceLoader):
    files = {"/virtual/dmod.py": b"print('exec dmod', __name__)\nV = 5\n"}

    def get_filename(self, fullname):
        return "/virtual/" + fullname + ".py"

    def get_data(self, path):
        return self.files[path]


dl = DictLoader()
spec = u.spec_from_loader("dmod", dl)
t("SourceLoader spec", lambda: (spec.name, spec.origin, spec.has_location, spec.cached,
                                spec.submodule_search_locations))
dm = u.module_from_spec(spec)
t("SourceLoader module", lambda: (dm.__file__, dm.__cached__, sorted(vars(dm))))
spec.loader.exec_module(dm)
t("SourceLoader exec", lambda: (dm.V, dl.get_source("dmod"), dl.is_package("dmod")))
t("SourceLoader path_stats", lambda: dl.path_stats("/virtual/dmod.py"))
