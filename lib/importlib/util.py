"""importlib.util: finding a module's spec without importing it, making specs and
modules by hand, and the names of bytecode cache files."""

import sys
import types

import _frozen_importlib as _bootstrap
from _frozen_importlib import (
    MAGIC_NUMBER,
    _RAW_MAGIC_NUMBER,
    cache_from_source,
    decode_source,
    source_from_cache,
    spec_from_file_location,
    module_from_spec,
    spec_from_loader,
    _resolve_name,
    _find_spec,
)
from importlib._abc import Loader

__all__ = ['LazyLoader', 'Loader', 'MAGIC_NUMBER', 'cache_from_source', 'decode_source',
           'find_spec', 'module_from_spec', 'resolve_name', 'source_from_cache',
           'source_hash', 'spec_from_file_location', 'spec_from_loader']


def source_hash(source_bytes):
    """The hash CPython puts in hash-based .pyc files. Not available in Molt."""
    raise NotImplementedError('importlib.util.source_hash is not implemented in Molt')


def resolve_name(name, package):
    """Resolves a relative module name ('.x', '..y') to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _builtin_spec(name):
    # Molt's native modules do not carry __spec__ yet: the one CPython's would have.
    if name in _bootstrap._builtin_names():
        return _bootstrap._builtin_spec(name)
    raise AttributeError


def find_spec(name, package=None):
    """The spec of a module: from sys.modules when it is imported, else from the finders
    of sys.meta_path (None if none finds it). The parent package of a dotted name is
    imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f'__path__ attribute not found on {parent_name!r} '
                    f'while trying to find {fullname!r}', name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        try:
            spec = _builtin_spec(fullname)
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
    if spec is None:
        raise ValueError(f'{name}.__spec__ is None')
    return spec


def _finish_lazy_load(module):
    """Runs the code of a lazily loaded module (on its first attribute use)."""
    spec = object.__getattribute__(module, '__spec__')
    state = spec.loader_state
    namespace = object.__getattribute__(module, '__dict__')
    # Attributes the program set or replaced after the lazy exec_module keep its values.
    initial = state['__dict__']
    kept = {key: value for key, value in namespace.items()
            if key not in initial or initial[key] is not value}
    object.__setattr__(module, '__class__', state['__class__'])
    spec.loader.exec_module(module)
    name = spec.name
    if name in sys.modules and sys.modules[name] is not module:
        raise ValueError(f'module object for {name!r} substituted in sys.modules during a '
                         'lazy load')
    namespace.update(kept)


class _LazyModule(types.ModuleType):
    """A module whose code runs at its first attribute access (see LazyLoader)."""

    def __getattribute__(self, attr):
        _finish_lazy_load(self)
        return getattr(self, attr)

    def __delattr__(self, attr):
        _finish_lazy_load(self)
        delattr(self, attr)


class LazyLoader(Loader):
    """Wraps a loader so that a module's code runs only when one of its attributes is
    first used."""

    def __init__(self, loader):
        _require_exec_module(loader)
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        """A callable making LazyLoader(loader(*args, **kwargs))."""
        _require_exec_module(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {'__dict__': dict(module.__dict__),
                                        '__class__': type(module)}
        module.__class__ = _LazyModule


def _require_exec_module(loader):
    if not hasattr(loader, 'exec_module'):
        raise TypeError('loader must define exec_module()')
