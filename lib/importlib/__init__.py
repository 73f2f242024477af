"""importlib: the import system from Python code -- import_module, reload and
invalidate_caches. The finders, loaders and the import algorithm live in
_frozen_importlib (also reachable as importlib._bootstrap and importlib._bootstrap_external,
as in CPython); Molt's `import` statement itself is native."""

import sys
import _frozen_importlib as _bootstrap

_bootstrap_external = _bootstrap
sys.modules.setdefault('importlib._bootstrap', _bootstrap)
sys.modules.setdefault('importlib._bootstrap_external', _bootstrap)

from _frozen_importlib import __import__

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def invalidate_caches():
    """Calls invalidate_caches() on every finder of sys.meta_path that has it."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Imports a module and returns it (the named module itself, not the top-level
    package). A name starting with dots is relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


_RELOADING = {}


def reload(module):
    """Re-executes a module's code in its existing namespace (found again through
    sys.meta_path) and returns the module now in sys.modules under its name."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module') from None
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f'parent {parent_name!r} not in sys.modules',
                                  name=parent_name) from None
            pkgpath = parent.__path__
        else:
            pkgpath = None
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, module)
        if spec is None:
            raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
        _bootstrap._exec(spec, module)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
