"""importlib.abc: abstract base classes for import finders and loaders. The concrete
classes of importlib.machinery are registered as their virtual subclasses."""

import abc

import _frozen_importlib as _bootstrap
from importlib import machinery
from importlib._abc import Loader

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader', 'InspectLoader',
           'ExecutionLoader', 'FileLoader', 'SourceLoader']


def _register(abstract_cls, *classes):
    for cls in classes:
        abstract_cls.register(cls)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path: find_spec(fullname, path, target=None)."""

    def invalidate_caches(self):
        """Drops cached lookups (called by importlib.invalidate_caches())."""


_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.PathFinder, machinery.WindowsRegistryFinder)


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry: find_spec(fullname, target=None)."""

    def invalidate_caches(self):
        """Drops cached lookups (called by PathFinder.invalidate_caches())."""


_register(PathEntryFinder, machinery.FileFinder)


class ResourceLoader(Loader):
    """A loader that reads files: get_data(path)."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes of the file at `path`."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code object."""

    def is_package(self, fullname):
        """Whether module `fullname` is a package."""
        raise ImportError

    def get_code(self, fullname):
        """The module's code object, compiled from get_source() (None without source)."""
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        """The module's source text."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """Compiles source (text or bytes) to a module code object."""
        return compile(data, path, 'exec', dont_inherit=True)

    exec_module = _bootstrap._LoaderBasics.exec_module
    load_module = _bootstrap._LoaderBasics.load_module


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that also knows the module's file: get_filename(fullname)."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The path of the module's file."""
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


_register(ExecutionLoader, machinery.ExtensionFileLoader)


class FileLoader(_bootstrap.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader of one file, with `name` and `path` attributes."""


_register(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)


class SourceLoader(_bootstrap.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader needing only get_data and get_filename (and optionally path_stats) to
    load source modules."""

    def path_mtime(self, path):
        """The modification time of `path` (from path_stats when that is overridden)."""
        if type(self).path_stats is SourceLoader.path_stats:
            raise OSError
        return int(self.path_stats(path)['mtime'])

    def path_stats(self, path):
        """{'mtime': ...} of `path` (from path_mtime when that is overridden)."""
        if type(self).path_mtime is SourceLoader.path_mtime:
            raise OSError
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Writes `data` to `path` (bytecode caching; does nothing by default)."""


_register(SourceLoader, machinery.SourceFileLoader)
