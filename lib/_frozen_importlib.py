"""The import system in Python: module specs, the finders on sys.meta_path and the loaders
they return, and the Python-level import algorithm behind importlib.

Molt's `import` statement is native (vm/src/import.rs) and builds `__spec__` objects from
here. The rest of this module is what importlib exposes: `importlib.machinery` re-exports
the finder and loader classes, `importlib.util` the spec helpers, and `importlib` itself
uses `_gcd_import` / `_find_and_load` (which follow sys.meta_path) and `_exec` (reload).
In CPython these live in two frozen modules (_frozen_importlib and
_frozen_importlib_external); Molt keeps both halves in this one module and registers it
under both names.

The module is imported by the native import system while it loads the first source
module, so it imports only native modules at the top (sys, _molt, _os); anything written
in Python (os, warnings) is imported inside the functions that need it.
"""

import sys
import _molt
import _os

_native_import = __import__

# ---------------------------------------------------------------------------------------
# Constants

MAGIC_NUMBER = b'\xcb\r\r\n'   # CPython 3.12's bytecode magic (3531); Molt writes no .pyc
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')
_CACHE_TAG = 'cpython-312'     # the __pycache__ file tag CPython 3.12 uses
_PYCACHE = '__pycache__'
_OPT = 'opt-'
_ERR_MSG_PREFIX = 'No module named '

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []        # Molt loads no C extension modules

_MOLT_LIB_PREFIX = '<molt>/lib/'

if sys.platform == 'win32':
    path_separators = '\\/'
else:
    path_separators = '/'
path_sep = path_separators[0]

_NEEDS_LOADING = object()


def all_suffixes():
    """Every file suffix the path finder knows (source, bytecode, extension)."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _builtin_names():
    return _molt.builtin_module_names()


# ---------------------------------------------------------------------------------------
# Path helpers (no os: this module loads before any Python module)

def _path_join(*parts):
    out = ''
    for p in parts:
        if not p:
            continue
        if p[0] in path_separators or not out:
            out = p
        elif out[-1] in path_separators:
            out = out + p
        else:
            out = out + path_sep + p
    return out


def _path_split(path):
    i = max(path.rfind(s) for s in path_separators)
    if i < 0:
        return '', path
    return path[:i], path[i + 1:]


def _path_isabs(path):
    return path.startswith(tuple(path_separators))


def _path_abspath(path):
    if _path_isabs(path):
        return path
    for sep in path_separators:
        path = path.removeprefix('.' + sep)
    return _path_join(_os.getcwd(), path)


def _path_stat(path):
    return _os.stat(path)


def _path_is_mode_type(path, mode):
    try:
        st = _os.stat(path)
    except (OSError, ValueError):
        return False
    return (st[0] & 0o170000) == mode


def _path_isfile(path):
    return _path_is_mode_type(path, 0o100000)


def _path_isdir(path):
    if not path:
        path = _os.getcwd()
    return _path_is_mode_type(path, 0o040000)


def _fspath(path):
    if isinstance(path, str):
        return path
    return _os.fspath(path)


def _lib_name(path):
    """The module name of a '<molt>/lib/...' origin, else None."""
    if not isinstance(path, str) or not path.startswith(_MOLT_LIB_PREFIX):
        return None
    rel = path[len(_MOLT_LIB_PREFIX):]
    if rel.endswith('.py'):
        rel = rel[:-3]
    if rel.endswith('/__init__'):
        rel = rel[:-len('/__init__')]
    return rel.replace('/', '.')


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


def _new_module(name):
    return type(sys)(name)


def _warn(message, category, stacklevel=1):
    # Only through an already imported warnings module: importing it here could recurse
    # into the import system (ImportWarning and DeprecationWarning are ignored by default).
    warnings = sys.modules.get('warnings')
    if warnings is not None:
        warnings.warn(message, category, stacklevel + 1)


# ---------------------------------------------------------------------------------------
# Bytecode cache names

def cache_from_source(path, debug_override=None, *, optimization=None):
    """The `__pycache__` path CPython 3.12 would use for the bytecode of source `path`."""
    if debug_override is not None:
        _warn('the debug_override parameter is deprecated; use \'optimization\' instead',
              DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition('.')
    almost_filename = ''.join([(base if base else rest), sep, _CACHE_TAG])
    if optimization is None:
        level = sys.flags.optimize
        optimization = '' if level == 0 else level
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost_filename = f'{almost_filename}.{_OPT}{optimization}'
    filename = almost_filename + BYTECODE_SUFFIXES[0]
    return _path_join(head, _PYCACHE, filename)


def source_from_cache(path):
    """The source path of a `__pycache__` bytecode path (the inverse of cache_from_source)."""
    path = _fspath(path)
    head, pycache_filename = _path_split(path)
    head, pycache = _path_split(head)
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith(_OPT):
            raise ValueError('optimization portion of filename does not start with '
                             f'{_OPT!r}')
        opt_level = optimization[len(_OPT):]
        if not opt_level.isalnum():
            raise ValueError(f'optimization level {optimization!r} is not an alphanumeric '
                             'value')
    base_filename = pycache_filename.partition('.')[0]
    return _path_join(head, base_filename + SOURCE_SUFFIXES[0])


def _get_cached(filename):
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            pass
    elif filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None


# ---------------------------------------------------------------------------------------
# Source decoding

def _coding_cookie(line):
    s = line.lstrip(b' \t\f')
    if not s.startswith(b'#'):
        return None
    start = 0
    while True:
        i = s.find(b'coding', start)
        if i < 0:
            return None
        j = i + 6
        if j < len(s) and s[j] in b':=':
            j += 1
            while j < len(s) and s[j] in b' \t':
                j += 1
            k = j
            while k < len(s) and (chr(s[k]).isalnum() or s[k] in b'-_.'):
                k += 1
            if k > j:
                return s[j:k].decode('ascii', 'replace')
        start = i + 1


def _detect_encoding(data):
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    lines = data.splitlines()[:2]
    for i, line in enumerate(lines):
        enc = _coding_cookie(line)
        if enc is not None:
            return enc
        stripped = line.strip()
        if i == 0 and stripped and not stripped.startswith(b'#'):
            break
    return 'utf-8'


def decode_source(source_bytes):
    """Source bytes as text: decoded per PEP 263, newlines translated to '\\n'."""
    data = bytes(source_bytes)
    encoding = _detect_encoding(data)
    if encoding == 'utf-8-sig':
        data, encoding = data[3:], 'utf-8'   # Molt has no 'utf-8-sig' codec
    text = data.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


# ---------------------------------------------------------------------------------------
# ModuleSpec

class ModuleSpec:
    """The import-system facts about a module: name, loader, origin, and for a package
    the locations searched for its submodules."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None,
                 **_native):
        # `submodule_search_locations=` is accepted for the native import system, which
        # passes a package's __path__ that way (CPython's ModuleSpec has no such keyword).
        if _native and set(_native) != {'submodule_search_locations'}:
            raise TypeError('ModuleSpec.__init__() got an unexpected keyword argument '
                            f'{next(iter(_native))!r}')
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        if _native.get('submodule_search_locations') is not None:
            self.submodule_search_locations = _native['submodule_search_locations']
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(args)})'

    def __eq__(self, other):
        try:
            return (self.name == other.name
                    and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            self._cached = _get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent package ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for `name` from a loader (and, if the loader knows files, its file)."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for module `name` loaded from file `location` (None if no loader handles
    that file type)."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
        if not location.startswith(_MOLT_LIB_PREFIX):
            try:
                location = _path_abspath(location)
            except OSError:
                pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        for loader_class, suffixes in _get_supported_file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(_path_split(location)[0])
    return spec


# ---------------------------------------------------------------------------------------
# Module attributes

def _init_module_attrs(spec, module, override=False):
    """Sets __name__, __loader__, __package__, __spec__, __path__, __file__, __cached__
    of `module` from `spec` (only the unset ones unless `override`)."""
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            loader = NamespaceLoader.__new__(NamespaceLoader)
            loader._path = spec.submodule_search_locations
            spec.loader = loader
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """A new module for `spec` (made by the loader's create_module if it makes one),
    with its import-related attributes set."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define '
                          'create_module()')
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


# ---------------------------------------------------------------------------------------
# Loading

def _exec(spec, module):
    """Executes `spec` in the existing `module` (what reload does)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name!r} not in sys.modules', name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError('missing loader', name=spec.name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, 'exec_module'):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module


def _load_backward_compatible(spec):
    try:
        spec.loader.load_module(spec.name)
    except:
        if spec.name in sys.modules:
            module = sys.modules.pop(spec.name)
            sys.modules[spec.name] = module
        raise
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    if getattr(module, '__loader__', None) is None:
        try:
            module.__loader__ = spec.loader
        except AttributeError:
            pass
    if getattr(module, '__package__', None) is None:
        try:
            module.__package__ = module.__name__
            if not hasattr(module, '__path__'):
                module.__package__ = spec.name.rpartition('.')[0]
        except AttributeError:
            pass
    if getattr(module, '__spec__', None) is None:
        try:
            module.__spec__ = spec
        except AttributeError:
            pass
    return module


def _load_unlocked(spec):
    if spec.loader is not None and not hasattr(spec.loader, 'exec_module'):
        _warn(f'{_object_name(spec.loader)}.exec_module() not found; falling back to '
              'load_module()', ImportWarning)
        return _load_backward_compatible(spec)
    module = module_from_spec(spec)
    spec._initializing = True
    try:
        sys.modules[spec.name] = module
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError('missing loader', name=spec.name)
            else:
                spec.loader.exec_module(module)
        except:
            try:
                del sys.modules[spec.name]
            except KeyError:
                pass
            raise
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    finally:
        spec._initializing = False
    return module


def _load(spec):
    """Creates, registers and executes the module of `spec`; returns it."""
    return _load_unlocked(spec)


def _load_module_shim(self, fullname):
    """The deprecated loader.load_module(), done with exec_module()."""
    _warn('the load_module() method is deprecated and slated for removal in Python '
          '3.12; use exec_module() instead', DeprecationWarning)
    spec = spec_from_loader(fullname, self)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _exec(spec, module)
        return sys.modules[fullname]
    return _load(spec)


# ---------------------------------------------------------------------------------------
# Meta path finders

class BuiltinImporter:
    """Finder and loader of the modules built into the interpreter (`sys`, `math`, ...).
    Used as a class: its methods are class methods."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in _builtin_names():
            return spec_from_loader(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in _builtin_names():
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        create = getattr(_molt, 'create_builtin', None)
        if create is not None:
            return create(spec.name)
        # Without a native constructor the module comes from the native import system
        # (which keeps one instance per name), run with the default finders so that it
        # does not come back here through sys.meta_path.
        existing = sys.modules.get(spec.name)
        if existing is not None:
            return existing
        saved = sys.meta_path, sys.path_hooks
        sys.meta_path, sys.path_hooks = list(_DEFAULT_META_PATH), [_DEFAULT_PATH_HOOK]
        try:
            return _native_import(spec.name, None, None, ('__name__',), 0)
        finally:
            sys.meta_path, sys.path_hooks = saved

    @staticmethod
    def exec_module(module):
        """Built-in modules are initialised when created."""

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False

    load_module = classmethod(_load_module_shim)


class FrozenImporter:
    """Finder of frozen modules. Molt freezes none, so it finds nothing."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        raise ImportError(f'{name!r} is not a frozen module', name=name)

    @classmethod
    def get_code(cls, fullname):
        raise ImportError(f'{fullname!r} is not a frozen module', name=fullname)

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        raise ImportError(f'{fullname!r} is not a frozen module', name=fullname)

    load_module = classmethod(_load_module_shim)


# ---------------------------------------------------------------------------------------
# File loaders

class _LoaderBasics:
    """What source and bytecode loaders share: is_package from the file name,
    exec_module from get_code."""

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'

    def create_module(self, spec):
        """Use the default module creation."""

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() '
                              'returns None')
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)


class SourceLoader(_LoaderBasics):
    """A loader built on get_filename and get_data: compiles the source it reads."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def _cache_bytecode(self, source_path, cache_path, data):
        return self.set_data(cache_path, data)

    def set_data(self, path, data):
        """Writes bytes to a file (the bytecode cache; Molt does not write one)."""

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()',
                              name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        source_bytes = self.get_data(source_path)
        return self.source_to_code(source_bytes, source_path)


def _check_name(self, name):
    if name is None:
        return self.name
    if self.name != name:
        raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)
    return name


class FileLoader:
    """The loader of a module that is one file: `name` and `path` attributes."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def load_module(self, fullname=None):
        fullname = _check_name(self, fullname)
        return _load_module_shim(self, fullname)

    def get_filename(self, name=None):
        _check_name(self, name)
        return self.path

    def get_data(self, path):
        """The bytes of file `path` (for Molt's embedded lib/ modules, their source)."""
        lib = _lib_name(path)
        if lib is not None:
            src = _molt.lib_source(lib)
            if src is None:
                raise FileNotFoundError(2, 'No such file or directory', path)
            return src.encode('utf-8')
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module):
        raise NotImplementedError('importlib.resources is not implemented in Molt')


class SourceFileLoader(FileLoader, SourceLoader):
    """The loader of a Python source file (every source module Molt imports)."""

    def path_stats(self, path):
        if _lib_name(path) is not None:
            src = self.get_data(path)
            return {'mtime': 0, 'size': len(src)}
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def _cache_bytecode(self, source_path, bytecode_path, data):
        return self.set_data(bytecode_path, data)

    def set_data(self, path, data, *, _mode=0o666):
        """Writes `data` to `path`, creating missing parent directories."""
        import os
        parent = os.path.dirname(path)
        if parent:
            try:
                os.makedirs(parent, exist_ok=True)
            except OSError:
                return
        try:
            with open(path, 'wb') as f:
                f.write(data)
        except OSError:
            pass


class SourcelessFileLoader(FileLoader, _LoaderBasics):
    """The loader of a bytecode-only (.pyc) module. Molt cannot run CPython bytecode,
    so get_code raises ImportError."""

    def get_code(self, fullname):
        raise ImportError(f'Molt cannot load bytecode file {self.path!r}', name=fullname,
                          path=self.path)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    """The loader of a C extension module. Molt loads none: create_module raises
    ImportError."""

    def create_module(self, spec):
        raise ImportError(f'Molt cannot load extension module {self.path!r}',
                          name=spec.name, path=self.path)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        file_name = _path_split(self.path)[1]
        return any(file_name == '__init__' + suffix for suffix in EXTENSION_SUFFIXES)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None

    def get_filename(self, name=None):
        return self.path


# ---------------------------------------------------------------------------------------
# Namespace packages

class _NamespacePath:
    """A namespace package's `__path__`: its portions, recomputed when the parent's path
    (sys.path for a top-level package) changes."""

    _epoch = 0

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._last_parent_path = tuple(self._get_parent_path())
        self._last_epoch = self._epoch
        self._path_finder = path_finder

    def _find_parent_path_names(self):
        parent, dot, me = self._name.rpartition('.')
        if dot == '':
            return 'sys', 'path'
        return parent, '__path__'

    def _get_parent_path(self):
        parent_module_name, path_attr_name = self._find_parent_path_names()
        return getattr(sys.modules[parent_module_name], path_attr_name)

    def _recalculate(self):
        parent_path = tuple(self._get_parent_path())
        if parent_path != self._last_parent_path or self._epoch != self._last_epoch:
            spec = self._path_finder(self._name, parent_path)
            if spec is not None and spec.loader is None:
                if spec.submodule_search_locations:
                    self._path = spec.submodule_search_locations
            self._last_parent_path = parent_path
            self._last_epoch = self._epoch
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    """The loader of namespace packages: no code to run."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        """Use the default module creation."""

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)

    def get_resource_reader(self, module):
        raise NotImplementedError('importlib.resources is not implemented in Molt')


_NamespaceLoader = NamespaceLoader


# ---------------------------------------------------------------------------------------
# Path-based finders

def _get_supported_file_loaders():
    return [(ExtensionFileLoader, EXTENSION_SUFFIXES), (SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


class FileFinder:
    """Path entry finder for one directory: a package (`name/__init__.py`), a module
    (`name.py`) or a namespace portion (a plain directory `name`)."""

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = loaders
        if not path or path == '.':
            self.path = _os.getcwd()
        else:
            self.path = _path_abspath(path)

    def invalidate_caches(self):
        """Nothing is cached: every lookup asks the file system."""

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader=loader,
                                       submodule_search_locations=smsl)

    def find_spec(self, fullname, target=None):
        tail_module = fullname.rpartition('.')[2]
        base_path = _path_join(self.path, tail_module)
        is_namespace = False
        if _path_isdir(base_path):
            for suffix, loader_class in self._loaders:
                init_filename = '__init__' + suffix
                full_path = _path_join(base_path, init_filename)
                if _path_isfile(full_path):
                    return self._get_spec(loader_class, fullname, full_path, [base_path],
                                          target)
            is_namespace = True
        for suffix, loader_class in self._loaders:
            full_path = _path_join(self.path, tail_module + suffix)
            if _path_isfile(full_path):
                return self._get_spec(loader_class, fullname, full_path, None, target)
        if is_namespace:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base_path]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        """A sys.path_hooks callable making a FileFinder for a directory."""
        def path_hook_for_FileFinder(path):
            if not _path_isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f'FileFinder({self.path!r})'


def _molt_lib_spec(fullname):
    """The spec of a Molt lib/ module (embedded, or read from $MOLT_LIB), else None."""
    found = _molt.find_module(fullname, [])
    if found is None or found[0] is None:
        return None
    origin, locations = found[0], found[1]
    loader = SourceFileLoader(fullname, origin)
    spec = ModuleSpec(fullname, loader, origin=origin)
    spec._set_fileattr = True
    spec.submodule_search_locations = locations
    return spec


class PathFinder:
    """Meta path finder for sys.path and package `__path__` entries (through
    sys.path_hooks and sys.path_importer_cache); then Molt's lib/ modules."""

    @staticmethod
    def invalidate_caches():
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not _path_isabs(name):
                del sys.path_importer_cache[name]
            elif hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()
        _NamespacePath._epoch += 1

    @staticmethod
    def _path_hooks(path):
        hooks = sys.path_hooks
        if hooks is not None and not hooks:
            _warn('sys.path_hooks is empty', ImportWarning)
        for hook in hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == '':
            try:
                path = _os.getcwd()
            except FileNotFoundError:
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError('spec missing loader')
            namespace_path.extend(portions)
        spec = _molt_lib_spec(fullname)
        if spec is not None:
            return spec
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = namespace_path
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        spec = cls._get_spec(fullname, path, target)
        if spec is None:
            return None
        if spec.loader is None:
            namespace_path = spec.submodule_search_locations
            if namespace_path:
                spec.origin = None
                spec.submodule_search_locations = _NamespacePath(fullname, namespace_path,
                                                                 cls._get_spec)
                return spec
            return None
        return spec

    @staticmethod
    def find_distributions(*args, **kwargs):
        raise NotImplementedError('importlib.metadata is not implemented in Molt')


class WindowsRegistryFinder:
    """Meta path finder for modules declared in the Windows registry (finds nothing)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


# CPython keeps the path-based half of the machinery in _frozen_importlib_external.
for _cls in (_LoaderBasics, SourceLoader, FileLoader, SourceFileLoader, SourcelessFileLoader,
             ExtensionFileLoader, _NamespacePath, NamespaceLoader, FileFinder, PathFinder,
             WindowsRegistryFinder):
    _cls.__module__ = '_frozen_importlib_external'
del _cls


# ---------------------------------------------------------------------------------------
# The import algorithm

def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _find_spec(name, path, target=None):
    """The spec the finders on sys.meta_path give for `name` (None if none does)."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError('sys.meta_path is None, Python is likely shutting down')
    if not meta_path:
        _warn('sys.meta_path is empty', ImportWarning)
    is_reload = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            if not is_reload and name in sys.modules:
                module = sys.modules[name]
                try:
                    __spec__ = module.__spec__
                except AttributeError:
                    return spec
                if __spec__ is None:
                    return spec
                return __spec__
            return spec
    return None


def _find_and_load_unlocked(name):
    path = None
    parent = name.rpartition('.')[0]
    parent_spec = None
    if parent:
        if parent not in sys.modules:
            _find_and_load(parent)
        if name in sys.modules:
            return sys.modules[name]
        parent_module = sys.modules[parent]
        try:
            path = parent_module.__path__
        except AttributeError:
            raise ModuleNotFoundError(f'{_ERR_MSG_PREFIX}{name!r}; {parent!r} is not a '
                                      'package', name=name) from None
        parent_spec = getattr(parent_module, '__spec__', None)
        child = name.rpartition('.')[2]
    spec = _find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError(f'{_ERR_MSG_PREFIX}{name!r}', name=name)
    pending = getattr(parent_spec, '_uninitialized_submodules', None) if parent_spec else None
    if pending is not None:
        pending.append(child)
    try:
        module = _load_unlocked(spec)
    finally:
        if pending is not None:
            pending.pop()
    if parent:
        parent_module = sys.modules[parent]
        try:
            setattr(parent_module, child, module)
        except AttributeError:
            _warn(f'Cannot set an attribute on {parent!r} for child module {child!r}',
                  ImportWarning)
    return module


def _find_and_load(name, import_=None):
    """Imports absolute module `name` through sys.meta_path (its parents first) unless it
    is in sys.modules; returns it. This is the Python import algorithm: the native
    import system can call it when sys.meta_path holds finders of the program's own."""
    module = sys.modules.get(name, _NEEDS_LOADING)
    if module is _NEEDS_LOADING:
        return _find_and_load_unlocked(name)
    if module is None:
        raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules', name=name)
    return module


_DEFAULT_META_PATH = (BuiltinImporter, FrozenImporter, PathFinder)


def _default_machinery():
    """True while sys.meta_path and sys.path_hooks are the ones Molt starts with, so
    that the native import system finds exactly what the finders would."""
    mp = getattr(sys, 'meta_path', None)
    if type(mp) is not list or len(mp) != 3:
        return False
    if mp[0] is not BuiltinImporter or mp[1] is not FrozenImporter or mp[2] is not PathFinder:
        return False
    hooks = getattr(sys, 'path_hooks', None)
    return type(hooks) is list and len(hooks) == 1 and hooks[0] is _DEFAULT_PATH_HOOK


def _gcd_import(name, package=None, level=0):
    """Imports `name` (relative to `package` when level > 0) and returns that module."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    if _default_machinery():
        module = sys.modules.get(name, _NEEDS_LOADING)
        if module is _NEEDS_LOADING:
            module = _native_import(name, None, None, ('__name__',), 0)
        elif module is None:
            raise ModuleNotFoundError(f'import of {name} halted; None in sys.modules',
                                      name=name)
        return module
    return _find_and_load(name)


def _handle_fromlist(module, fromlist, import_, *, recursive=False):
    for x in fromlist:
        if not isinstance(x, str):
            if recursive:
                where = module.__name__ + '.__all__'
            else:
                where = "``from list''"
            raise TypeError(f'Item in {where} must be str, not {type(x).__name__}')
        elif x == '*':
            if not recursive and hasattr(module, '__all__'):
                _handle_fromlist(module, module.__all__, import_, recursive=True)
        elif not hasattr(module, x):
            from_name = f'{module.__name__}.{x}'
            try:
                import_(from_name)
            except ModuleNotFoundError as exc:
                if (exc.name == from_name
                        and sys.modules.get(from_name, _NEEDS_LOADING) is not None):
                    continue
                raise
    return module


def _calc___package__(globals):
    package = globals.get('__package__')
    spec = globals.get('__spec__')
    if package is not None:
        if spec is not None and package != spec.parent:
            _warn(f'__package__ != __spec__.parent ({package!r} != {spec.parent!r})',
                  DeprecationWarning, stacklevel=3)
        return package
    elif spec is not None:
        return spec.parent
    _warn("can't resolve package from __spec__ or __package__, falling back on __name__ "
          'and __path__', ImportWarning, stacklevel=3)
    package = globals['__name__']
    if '__path__' not in globals:
        package = package.rpartition('.')[0]
    return package


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """The import statement's function, written with the finders of sys.meta_path."""
    if level == 0:
        module = _gcd_import(name)
    else:
        globals_ = globals if globals is not None else {}
        package = _calc___package__(globals_)
        module = _gcd_import(name, package, level)
    if not fromlist:
        if level == 0:
            return _gcd_import(name.partition('.')[0])
        elif not name:
            return module
        cut_off = len(name) - len(name.partition('.')[0])
        return sys.modules[module.__name__[:len(module.__name__) - cut_off]]
    elif hasattr(module, '__path__'):
        return _handle_fromlist(module, fromlist, _gcd_import)
    return module


# ---------------------------------------------------------------------------------------
# Hooks for the native import system

def _spec_for_native(name, origin, locations):
    """The spec of a module the native import system found: `origin` its file (None for
    a namespace package), `locations` the package's search directories (or None)."""
    if origin is None:
        # As PathFinder gives it: no loader yet (_init_module_attrs makes the
        # NamespaceLoader and sets __file__ to None, as CPython does).
        spec = ModuleSpec(name, None)
        spec.submodule_search_locations = _NamespacePath(name, list(locations),
                                                         PathFinder._get_spec)
        return spec
    spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
    spec._set_fileattr = True
    spec.submodule_search_locations = locations
    return spec


def _setup_native_module(module, origin, locations):
    """Sets the import attributes of a module the native import system is about to run
    (__spec__, __loader__, __file__, __cached__, __package__, __path__)."""
    spec = _spec_for_native(module.__name__, origin, locations)
    _init_module_attrs(spec, module)
    return spec


_builtin_specs = {}


def _builtin_spec(name):
    """The spec of built-in module `name` (one per name)."""
    spec = _builtin_specs.get(name)
    if spec is None:
        spec = ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
        _builtin_specs[name] = spec
    return spec


def _setup_builtin_module(module):
    """Gives a built-in module the __spec__/__loader__/__package__ CPython's have (for
    the native import system; the native module repr reads a missing __spec__ as
    "built-in", so it would need to recognise the spec's origin 'built-in' instead)."""
    spec = _builtin_spec(module.__name__)
    for attr, value in (('__spec__', spec), ('__loader__', BuiltinImporter),
                        ('__package__', '')):
        if getattr(module, attr, None) is None:
            try:
                setattr(module, attr, value)
            except (AttributeError, TypeError):
                pass
    return getattr(module, '__spec__', spec)


_DEFAULT_PATH_HOOK = FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES))


def _install():
    """Creates sys.meta_path, sys.path_hooks and sys.path_importer_cache if the runtime
    has not, and registers this module as _frozen_importlib_external too."""
    if getattr(sys, 'meta_path', None) is None:
        sys.meta_path = list(_DEFAULT_META_PATH)
    if getattr(sys, 'path_hooks', None) is None:
        sys.path_hooks = [_DEFAULT_PATH_HOOK]
    if getattr(sys, 'path_importer_cache', None) is None:
        sys.path_importer_cache = {}
    me = sys.modules.get(__name__)
    if me is not None:
        sys.modules.setdefault('_frozen_importlib_external', me)
        # The native import system gives this module no spec (it is needed to make one).
        if getattr(me, '__spec__', None) is None and isinstance(globals().get('__file__'), str):
            me.__spec__ = _spec_for_native(__name__, __file__, None)
            me.__loader__ = me.__spec__.loader
    # _sitebuiltins runs at start-up, before this module exists (CPython runs a frozen
    # copy of its own): its spec is given now.
    mod = sys.modules.get('_sitebuiltins')
    if mod is not None and getattr(mod, '__spec__', None) is None:
        mod.__spec__ = ModuleSpec('_sitebuiltins', FrozenImporter,
                                  origin=FrozenImporter._ORIGIN)
        mod.__loader__ = FrozenImporter
    # Built-in modules loaded before this module get their specs now (the native import
    # system calls _setup_builtin_module for those imported later).
    for name in sys.builtin_module_names:
        mod = sys.modules.get(name)
        if mod is not None and type(mod).__name__ == 'module':
            _setup_builtin_module(mod)


_install()
