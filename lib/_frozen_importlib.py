"""Import-system objects that modules carry: ModuleSpec (a module's `__spec__`). Molt's
import system itself is native (vm/src/import.rs); it creates the specs from here."""


class ModuleSpec:
    """The import-system facts about a module: name, loader, origin, and for a package
    the locations searched for its submodules."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None,
                 submodule_search_locations=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        if submodule_search_locations is None and is_package:
            submodule_search_locations = []
        self.submodule_search_locations = submodule_search_locations
        self.cached = None
        self._set_fileattr = origin is not None and not origin.startswith("<")

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    def __repr__(self):
        args = ["name=%r" % (self.name,), "loader=%r" % (self.loader,)]
        if self.origin is not None:
            args.append("origin=%r" % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations=%s" % (self.submodule_search_locations,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)
