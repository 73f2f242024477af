# sys.meta_path finders and custom loaders.
import sys
import importlib.util


class Loader:
    def create_module(self, spec):
        print("  create_module", spec.name)
        return None

    def exec_module(self, module):
        print("  exec_module", module.__name__, sorted(vars(module)))
        module.answer = 42
        module.spec_seen = module.__spec__.name


class Finder:
    def __init__(self):
        self.log = []

    def find_spec(self, name, path, target=None):
        self.log.append((name, None if path is None else "path given"))
        if name.startswith("virtual_"):
            is_pkg = name.endswith("_pkg")
            return importlib.util.spec_from_loader(name, Loader(), is_package=is_pkg)
        return None


print("meta_path types", [getattr(f, "__name__", type(f).__name__) for f in sys.meta_path])
finder = Finder()
sys.meta_path.insert(0, finder)
try:
    import virtual_one
    print("virtual_one", virtual_one.answer, virtual_one.spec_seen, type(virtual_one.__loader__).__name__)
    print(" attrs", sorted(vars(virtual_one)), hasattr(virtual_one, "__file__"))
    print(" spec", virtual_one.__spec__.origin, virtual_one.__spec__.has_location)
    import virtual_one
    import virtual_pkg
    print("virtual_pkg path", virtual_pkg.__path__, virtual_pkg.__package__)
    import virtual_pkg.virtual_child
    print("child", virtual_pkg.virtual_child.__name__, virtual_pkg.virtual_child.__package__)
    import mod_meta_real
    print("real module through the finder chain", mod_meta_real.X)
    try:
        import not_virtual_xyz
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
finally:
    sys.meta_path.remove(finder)
print("finder log", finder.log)


class CreatingLoader(Loader):
    def create_module(self, spec):
        m = type(sys)("created_" + spec.name)
        m.made_by = "create_module"
        return m


class CreatingFinder:
    @staticmethod
    def find_spec(name, path, target=None):
        if name == "created_mod":
            return importlib.util.spec_from_loader(name, CreatingLoader())
        return None


sys.meta_path.insert(0, CreatingFinder)
try:
    import created_mod
    print("created", created_mod.__name__, created_mod.made_by, created_mod.answer,
          sys.modules["created_mod"] is created_mod)
finally:
    sys.meta_path.remove(CreatingFinder)


class RaisingFinder:
    @staticmethod
    def find_spec(name, path, target=None):
        raise LookupError("finder failed for " + name)


sys.meta_path.insert(0, RaisingFinder)
try:
    import anything_xyz
except LookupError as e:
    print("LookupError", e)
finally:
    sys.meta_path.remove(RaisingFinder)

# an empty meta_path finds nothing that is not already imported
saved = sys.meta_path[:]
sys.meta_path.clear()
try:
    import sys as sys_again
    print("cached import works", sys_again is sys)
    import mod_meta_other
except ImportError as e:
    print(type(e).__name__, e)
finally:
    sys.meta_path[:] = saved
import mod_meta_other
print("restored", mod_meta_other.Y)
