"""Get information about live objects: modules, classes, functions, methods,
frames, tracebacks and code objects (the `inspect` module), written for Molt.

The main parts are
  * type predicates (isfunction, isclass, isgeneratorfunction, ismethoddescriptor ...),
  * callable introspection: signature() / Signature / Parameter / BoundArguments,
    getfullargspec, getcallargs, getclosurevars, get_annotations, unwrap,
  * member listing: getmembers, getmembers_static, getattr_static, classify_class_attrs,
    getmro, getclasstree,
  * documentation and source: getdoc, cleandoc, getcomments, getfile, getsourcefile,
    getmodule, findsource, getsourcelines, getsource, getblock,
  * the interpreter stack: currentframe, stack, trace, getframeinfo, getouterframes,
    getinnerframes, getargvalues, generator / coroutine / async generator states.

Written from the module's documentation and CPython 3.12's observable behaviour.
Source code is read from the file named by the code object (through linecache when
that module is importable). Molt keeps no column positions for instructions, so the
`positions` of FrameInfo / Traceback only carry line numbers.
"""

import sys
import types
import functools
import builtins
import enum
from collections import namedtuple, OrderedDict
from keyword import iskeyword
from operator import attrgetter

__all__ = [
    'AGEN_CLOSED', 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'ArgInfo', 'Arguments',
    'Attribute', 'BlockFinder', 'BoundArguments', 'BufferFlags', 'CORO_CLOSED', 'CORO_CREATED',
    'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED',
    'CO_VARARGS', 'CO_VARKEYWORDS', 'ClassFoundException', 'ClosureVars', 'EndOfBlock',
    'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED',
    'Parameter', 'Signature', 'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs',
    'cleandoc', 'currentframe', 'findsource', 'formatannotation', 'formatannotationrelativeto',
    'formatargvalues', 'get_annotations', 'getabsfile', 'getargs', 'getargvalues',
    'getasyncgenlocals', 'getasyncgenstate', 'getattr_static', 'getblock', 'getcallargs',
    'getclasstree', 'getclosurevars', 'getcomments', 'getcoroutinelocals', 'getcoroutinestate',
    'getdoc', 'getfile', 'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers', 'getmembers_static',
    'getmodule', 'getmodulename', 'getmro', 'getouterframes', 'getsource', 'getsourcefile',
    'getsourcelines', 'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
    'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
    'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod', 'ismethoddescriptor',
    'ismethodwrapper', 'ismodule', 'isroutine', 'istraceback', 'markcoroutinefunction',
    'signature', 'stack', 'trace', 'unwrap', 'walktree',
]

# ---------------------------------------------------------------- constants

# Code object flags (co_flags), with CPython's values.
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

# The type flag set on abstract classes.
TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


class BufferFlags(enum.IntFlag):
    """Flags of the buffer protocol (PEP 688)."""
    SIMPLE = 0x0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x10 | ND
    C_CONTIGUOUS = 0x20 | STRIDES
    F_CONTIGUOUS = 0x40 | STRIDES
    ANY_CONTIGUOUS = 0x80 | STRIDES
    INDIRECT = 0x100 | STRIDES
    CONTIG = ND | WRITABLE
    CONTIG_RO = ND
    STRIDED = STRIDES | WRITABLE
    STRIDED_RO = STRIDES
    RECORDS = STRIDES | WRITABLE | FORMAT
    RECORDS_RO = STRIDES | FORMAT
    FULL = INDIRECT | WRITABLE | FORMAT
    FULL_RO = INDIRECT | FORMAT
    READ = 0x100
    WRITE = 0x200


# ---------------------------------------------------------------- the interpreter's types
# Some of these are not (yet) in Molt's `types` module: build them from live objects.

def _make_types():
    class _Slotted:
        __slots__ = ('x',)

    class _Plain:
        pass

    try:
        raise ValueError
    except ValueError as exc:
        tb_type = type(exc.__traceback__)
    cm = type(dict.__dict__['fromkeys'])
    if cm is classmethod:
        # Molt stores builtin class methods as plain classmethod objects.
        class _NoClassMethodDescriptor:
            pass
        cm = _NoClassMethodDescriptor
    return (type(sys._getframe()), tb_type, type(_Plain.__dict__['__dict__']),
            type(_Slotted.__dict__['x']), type(object().__str__), type(object.__init__),
            type(str.join), cm)


(_FrameType, _TracebackType, _GetSetDescriptorType, _MemberDescriptorType,
 _MethodWrapperType, _WrapperDescriptorType, _MethodDescriptorType,
 _ClassMethodDescriptorType) = _make_types()
del _make_types

_FunctionType = types.FunctionType
_MethodType = types.MethodType
_CodeType = types.CodeType
_ModuleType = types.ModuleType
_BuiltinFunctionType = types.BuiltinFunctionType
_GeneratorType = types.GeneratorType
_CoroutineType = types.CoroutineType
_AsyncGeneratorType = types.AsyncGeneratorType

# Callables implemented by the interpreter: they never have a Python signature.
_NonUserDefinedCallables = (_WrapperDescriptorType, _MethodWrapperType,
                            _ClassMethodDescriptorType, _BuiltinFunctionType)


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is a bound method."""
    return isinstance(object, _MethodType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but not __set__),
    and is not a class, a method or a function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, (_MethodDescriptorType, _WrapperDescriptorType,
                           _ClassMethodDescriptorType)):
        return True
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (defines __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (made by __slots__)."""
    return isinstance(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, _GetSetDescriptorType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, _FunctionType)


def _unwrap_for_flags(f):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
        while ismethod(f):
            f = f.__func__
    return f


def _has_code_flag(f, flag):
    f = _unwrap_for_flags(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


# (The attribute set on marked functions has the same name as this marker.)
_is_coroutine_marker = object()


def _has_coroutine_mark(f):
    f = _unwrap_for_flags(f)
    return getattr(f, '_is_coroutine_marker', None) is _is_coroutine_marker


def markcoroutinefunction(func):
    """Mark a function (or the function of a method) as a coroutine function, for
    iscoroutinefunction()."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_marker
    return func


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def, or marked with
    markcoroutinefunction())."""
    return _has_coroutine_mark(obj) or _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, _AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, _CoroutineType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if isinstance(object, _CoroutineType):
        return True
    if isinstance(object, _GeneratorType):
        code = getattr(object, 'gi_code', None)
        if code is not None and code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    try:
        import collections.abc
    except ImportError:
        return hasattr(type(object), '__await__')
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, _TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, _FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper (a bound slot like (1).__add__)."""
    return isinstance(object, _MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (has abstract methods)."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', 0)
    if isinstance(flags, int) and flags & TPFLAGS_IS_ABSTRACT:
        return True
    try:
        import abc
    except ImportError:
        abc = None
    if abc is not None and not issubclass(type(object), abc.ABCMeta):
        return False
    try:
        abstracts = object.__dict__.get('__abstractmethods__', None)
    except AttributeError:
        abstracts = None
    if abstracts is not None:
        return bool(abstracts)
    # Called while the class is being built (from __init_subclass__): look at the
    # namespace and the bases directly.
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(object, name, None)
            if getattr(value, '__isabstractmethod__', False):
                return True
    return False


# ---------------------------------------------------------------- members

def _dir(object):
    if ismodule(object):
        # A module lists its namespace (and its own __dir__ if it has one).
        d = object.__dict__
        if callable(d.get('__dir__')):
            return sorted(d['__dir__']())
        return sorted(d)
    return dir(object)


def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = _dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        dca = getattr(types, 'DynamicClassAttribute', None)
        if dca is not None:
            try:
                for base in object.__bases__:
                    for k, v in base.__dict__.items():
                        if isinstance(v, dca):
                            names.append(k)
            except AttributeError:
                pass
    else:
        mro = ()
    for key in names:
        found = True
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError(key)
        except AttributeError:
            found = False
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    found = True
                    break
        if not found:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name.
    Optionally, only return members that satisfy a given predicate."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), but look the members up with getattr_static (without running
    descriptors or __getattr__)."""
    return _getmembers(object, predicate, getattr_static)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Return a list of Attribute(name, kind, defining_class, object) for the names
    in dir(cls); kind is 'class method', 'static method', 'property', 'method' or
    'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    dca = getattr(types, 'DynamicClassAttribute', None)
    if dca is not None:
        for base in mro:
            for k, v in base.__dict__.items():
                if isinstance(v, dca) and v.fget is not None:
                    names.append(k)
    result = []
    processed = set()
    for name in names:
        homecls = None
        get_obj = None
        dict_obj = None
        if name not in processed:
            try:
                if name == '__dict__':
                    raise Exception("__dict__ is special")
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                homecls = getattr(get_obj, '__objclass__', None)
                if homecls not in class_bases:
                    homecls = None
                    last_cls = None
                    for srch_cls in class_bases:
                        if getattr(srch_cls, name, None) is get_obj:
                            last_cls = srch_cls
                    for srch_cls in metamro:
                        try:
                            srch_obj = srch_cls.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if srch_obj is get_obj:
                            last_cls = srch_cls
                    if last_cls is not None:
                        homecls = last_cls
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, _BuiltinFunctionType)):
            kind = 'static method'
            obj = dict_obj
        elif isinstance(dict_obj, (classmethod, _ClassMethodDescriptorType)):
            kind = 'class method'
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = 'property'
            obj = dict_obj
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, homecls, obj))
        processed.add(name)
    return result


def getmro(cls):
    """Return the tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def walktree(classes, children, parent):
    """Recursive helper of getclasstree()."""
    results = []
    classes.sort(key=attrgetter('__module__', '__qualname__'))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """Arrange the given classes into a hierarchy of nested lists: each entry is a
    (class, bases) tuple, followed by a list of the entries of its subclasses."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---------------------------------------------------------------- getattr_static

_sentinel = object()


def _static_getmro(klass):
    return type.__getattribute__(klass, '__mro__')


def _get_dunder_dict_of_class(klass):
    return type.__getattribute__(klass, '__dict__')


def _shadowed_dict(klass):
    for entry in _static_getmro(klass):
        dunder_dict = _get_dunder_dict_of_class(entry)
        if '__dict__' in dunder_dict:
            class_dict = dunder_dict['__dict__']
            if not (type(class_dict) is _GetSetDescriptorType
                    and getattr(class_dict, '__name__', None) == '__dict__'
                    and getattr(class_dict, '__objclass__', entry) is entry):
                return class_dict
    return _sentinel


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    if not isinstance(instance_dict, dict):
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    mro = _static_getmro(klass)
    for entry in mro:
        if _shadowed_dict(type(entry)) is _sentinel:
            d = _get_dunder_dict_of_class(entry)
            if attr in d:
                return d[attr]
    # Molt: the __dict__ of a builtin type does not list all its methods and
    # descriptors (int.__dict__ has no '__add__'); ask the type itself.
    for entry in mro:
        if getattr(entry, '__module__', None) == 'builtins' and attr in dir(entry):
            try:
                return type.__getattribute__(entry, attr)
            except AttributeError:
                pass
    return _sentinel


def _is_data_descriptor_static(obj):
    tp = type(obj)
    if _check_class(tp, '__get__') is _sentinel and not isinstance(
            obj, (_MemberDescriptorType, _GetSetDescriptorType)):
        return False
    return (_check_class(tp, '__set__') is not _sentinel
            or _check_class(tp, '__delete__') is not _sentinel
            or isinstance(obj, (_MemberDescriptorType, _GetSetDescriptorType, property)))


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve attributes without triggering dynamic lookup via the descriptor
    protocol, __getattr__ or __getattribute__."""
    instance_result = _sentinel
    objtype = type(obj)
    if type not in _static_getmro(objtype):
        klass = objtype
        dict_attr = _shadowed_dict(klass)
        if dict_attr is _sentinel or type(dict_attr) is _MemberDescriptorType:
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _is_data_descriptor_static(klass_result):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        # For classes, look at the metaclass too.
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                d = _get_dunder_dict_of_class(entry)
                if attr in d:
                    return d[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- unwrap

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the innermost object.
    stop(f), when given, ends the walk early at an f for which it returns true.
    ValueError is raised on a cycle."""
    f = func
    memo = {id(f): f}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        ident = id(func)
        if ident in memo or len(memo) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[ident] = func
    return func


# ---------------------------------------------------------------- documentation

def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if self is None or ismodule(self):
            return None
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None or getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc().
    When the object has none, the documentation of the matching attribute of a base
    class is used (for classes, methods, properties and descriptors)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Clean up indentation from docstrings: tabs are expanded, the common leading
    whitespace of the second and later lines is removed, and blank lines at the
    start and end are dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ---------------------------------------------------------------- files and modules

def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


_SOURCE_SUFFIXES = ['.py']
_BYTECODE_SUFFIXES = ['.pyc']
_EXTENSION_SUFFIXES = ['.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.so']


def getmodulename(path):
    """Return the module name for a given file, or None."""
    fname = path.rsplit('/', 1)[-1]
    suffixes = [(-len(s), s) for s in _SOURCE_SUFFIXES + _BYTECODE_SUFFIXES + _EXTENSION_SUFFIXES]
    suffixes.sort()
    for neglen, suffix in suffixes:
        if fname.endswith(suffix):
            return fname[:neglen]
    return None


def _file_exists(filename):
    try:
        with open(filename, 'rb'):
            pass
    except (OSError, ValueError, TypeError):
        return False
    return True


def _linecache():
    try:
        import linecache
    except ImportError:
        return None
    if not hasattr(linecache, 'getlines'):
        return None
    return linecache


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source.
    Return None if no way can be identified to get the source."""
    filename = getfile(object)
    if any(filename.endswith(s) for s in _BYTECODE_SUFFIXES + _EXTENSION_SUFFIXES):
        return None
    if _file_exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None and hasattr(module.__loader__, 'get_source'):
        return filename
    lc = _linecache()
    if lc is not None and filename in getattr(lc, 'cache', {}):
        return filename
    return None


def _normpath(path):
    if not path.startswith('/'):
        return path
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..':
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return '/' + '/'.join(parts)


def getabsfile(object, _filename=None):
    """Return an absolute path to the source or compiled file for an object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    pseudo = _filename.startswith('<') and _filename.endswith('>')
    if not _filename.startswith('/') and not pseudo:
        try:
            import os
        except ImportError:
            os = None
        if os is not None:
            return os.path.normcase(os.path.abspath(_filename))
        main = getattr(sys.modules.get('__main__'), '__file__', None)
        if main and main.startswith('/'):
            _filename = main.rsplit('/', 1)[0] + '/' + _filename
    return _normpath(_filename)


modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if isbuiltin(object):
        name = getattr(object, '__name__', None)
        if name is not None and getattr(builtins, name, None) is object:
            return sys.modules.get('builtins', builtins)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError, OSError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    for modname, module in list(sys.modules.items()):
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _filesbymodname.get(modname, None):
                continue
            _filesbymodname[modname] = f
            try:
                f = getabsfile(module)
            except (TypeError, OSError):
                continue
            modulesbyfile[f] = modulesbyfile[_normpath(f)] = module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    main = sys.modules.get('__main__')
    name = getattr(object, '__name__', None)
    if not isinstance(name, str):
        return None
    if main is not None and hasattr(main, name):
        if getattr(main, name) is object:
            return main
    builtin = sys.modules.get('builtins', builtins)
    if hasattr(builtin, name):
        if getattr(builtin, name) is object:
            return builtin
    return None


def _read_lines(filename, module_globals=None):
    lc = _linecache()
    if lc is not None:
        try:
            if module_globals is not None:
                lines = lc.getlines(filename, module_globals)
            else:
                lines = lc.getlines(filename)
        except Exception:
            lines = None
        if lines:
            return list(lines)
    try:
        with open(filename, encoding='utf-8') as f:
            text = f.read()
    except (OSError, UnicodeError, ValueError, TypeError):
        return []
    lines = []
    start = 0
    n = len(text)
    while start < n:
        end = text.find('\n', start)
        if end < 0:
            lines.append(text[start:] + '\n')
            break
        lines.append(text[start:end + 1])
        start = end + 1
    return lines


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _function_start_line(line):
    """Whether a source line can start a function: def / async def / decorator /
    contains a lambda."""
    s = line.lstrip()
    if s.startswith('@'):
        return True
    if s.startswith('def') and len(s) > 3 and s[3].isspace():
        return True
    if s.startswith('async') and len(s) > 5 and s[5].isspace():
        rest = s[5:].lstrip()
        if rest.startswith('def') and len(rest) > 3 and rest[3].isspace():
            return True
    i = line.find('lambda')
    while i >= 0:
        before_ok = i == 0 or not _is_word_char(line[i - 1])
        after = line[i + 6:i + 7]
        if before_ok and (after == ':' or (after != '' and after.isspace())):
            return True
        i = line.find('lambda', i + 1)
    return False


def findsource(object):
    """Return the entire source file and starting line number (0-based) for an object.
    OSError is raised if the source code cannot be retrieved."""
    file = getsourcefile(object)
    if file:
        lc = _linecache()
        if lc is not None and hasattr(lc, 'checkcache'):
            try:
                lc.checkcache(file)
            except Exception:
                pass
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module is not None:
        lines = _read_lines(file, module.__dict__)
    else:
        lines = _read_lines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        lnum = _find_class_line(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            try:
                line = lines[lnum]
            except IndexError:
                raise OSError('lineno is out of bounds')
            if _function_start_line(line):
                break
            lnum = lnum - 1
        return lines, lnum
    raise OSError('could not find code object')


# A small tokenizer, enough to split source into logical lines and to find the names,
# brackets and comments in them.

_STRING_PREFIXES = frozenset(['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'])


class _LogicalLine:
    __slots__ = ('start', 'end', 'indent', 'tokens', 'blank', 'comment_col')

    def __init__(self, start, indent):
        self.start = start        # 0-based index of its first physical line
        self.end = start          # 0-based index of its last physical line
        self.indent = indent
        self.tokens = []          # NAME / OP / STRING / NUMBER token texts
        self.blank = True         # only whitespace and comments
        self.comment_col = None   # column of a comment starting the line


def _indent_width(line):
    col = 0
    for ch in line:
        if ch == ' ':
            col += 1
        elif ch == '\t':
            col = (col // 8 + 1) * 8
        elif ch == '\x0c':
            col = 0
        else:
            break
    return col


def _logical_lines(lines):
    """Yield the logical lines of a list of source lines."""
    depth = 0
    quote = None      # the closing quote of an open string, when inside one
    current = None
    for row, line in enumerate(lines):
        if current is None:
            current = _LogicalLine(row, _indent_width(line))
        current.end = row
        i = 0
        n = len(line)
        continued = False
        while i < n:
            if quote is not None:
                j = i
                closed = False
                while j < n:
                    ch = line[j]
                    if ch == '\\':
                        j += 2
                        continue
                    if line.startswith(quote, j):
                        j += len(quote)
                        closed = True
                        break
                    j += 1
                i = min(j, n)
                if closed:
                    quote = None
                elif len(quote) == 1 and not line.rstrip('\r\n').endswith('\\'):
                    quote = None  # an unterminated single-quoted string ends with the line
                continue
            ch = line[i]
            if ch in ' \t\x0c\r\n':
                i += 1
                continue
            if ch == '#':
                if current.blank and not current.tokens:
                    current.comment_col = _indent_width(line[:i])
                break
            if ch == '\\' and line[i + 1:].strip() == '':
                continued = True
                break
            current.blank = False
            if ch.isalpha() or ch == '_' or ord(ch) > 127:
                j = i + 1
                while j < n and (line[j].isalnum() or line[j] == '_' or ord(line[j]) > 127):
                    j += 1
                word = line[i:j]
                if j < n and line[j] in '\'"' and word.lower() in _STRING_PREFIXES:
                    i = j
                    ch = line[i]
                    # fall through into the string case below
                else:
                    current.tokens.append(word)
                    i = j
                    continue
            if ch in '\'"':
                if line.startswith(ch * 3, i):
                    quote = ch * 3
                    i += 3
                else:
                    quote = ch
                    i += 1
                current.tokens.append('<str>')
                continue
            if ch.isdigit() or (ch == '.' and line[i + 1:i + 2].isdigit()):
                j = i + 1
                while j < n and (line[j].isalnum() or line[j] in '._'):
                    if line[j] in 'eE' and line[j + 1:j + 2] in ('+', '-'):
                        j += 1
                    j += 1
                current.tokens.append(line[i:j])
                i = j
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(depth - 1, 0)
            current.tokens.append(ch)
            i += 1
        if quote is not None:
            continue  # inside a triple-quoted (or backslash-continued) string
        if depth > 0 or continued:
            continue
        yield current
        current = None
    if current is not None:
        yield current


class EndOfBlock(Exception):
    pass


class ClassFoundException(Exception):
    pass


class BlockFinder:
    """Molt does not provide the token-level BlockFinder; use getblock()."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('inspect.BlockFinder is not implemented in Molt '
                                  '(use inspect.getblock)')


def getblock(lines):
    """Extract the block of code at the top of the given list of lines: a decorated
    def or class statement with its body, or the logical line holding a lambda."""
    last = 0
    started = False
    header_indent = 0
    body_col = None
    for ll in _logical_lines(lines):
        if not started:
            if ll.blank:
                continue
            if ll.tokens and ll.tokens[0] == '@':
                continue
            toks = ll.tokens
            if 'lambda' in toks:
                lam = toks.index('lambda')
                other = [t for t in ('def', 'class') if t in toks[:lam]]
                if not other:
                    return lines[:ll.end + 1]
            if 'def' in toks or 'class' in toks:
                started = True
                header_indent = ll.indent
                last = ll.end + 1
            continue
        if ll.blank:
            if ll.comment_col is not None and body_col is not None and ll.comment_col >= body_col:
                last = ll.end + 1
            continue
        if ll.indent <= header_indent:
            break
        if body_col is None:
            body_col = ll.indent
        last = ll.end + 1
    return lines[:last]


def _find_class_line(lines, qualname):
    stack = []   # (indent, qualname prefix parts for children)
    decorator_start = None
    for ll in _logical_lines(lines):
        if ll.blank:
            continue
        toks = ll.tokens
        if toks and toks[0] == '@':
            if decorator_start is None:
                decorator_start = ll.start
            continue
        kind = None
        if toks and toks[0] in ('class', 'def') and len(toks) > 1:
            kind, name = toks[0], toks[1]
        elif len(toks) > 2 and toks[0] == 'async' and toks[1] == 'def':
            kind, name = 'def', toks[2]
        first = decorator_start if decorator_start is not None else ll.start
        decorator_start = None
        while stack and stack[-1][0] >= ll.indent:
            stack.pop()
        if kind is None:
            continue
        prefix = stack[-1][1] if stack else []
        parts = prefix + [name]
        if kind == 'class' and '.'.join(parts) == qualname:
            return first
        stack.append((ll.indent, parts + ['<locals>'] if kind == 'def' else parts))
    return None


def getsourcelines(object):
    """Return a list of source lines and starting line number (1-based) for an object.
    For a module or a module-level frame the whole file is returned with line 0."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """Return the text of the source code for an object.
    OSError is raised if the source code cannot be retrieved."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """Get lines of comments immediately preceding an object's source code, or for
    a module the comment block at the top of its file. Return None when the source
    can't be found."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
        return None
    if lnum <= 0:
        return None
    indent = indentsize(lines[lnum])
    end = lnum - 1
    if not (end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent):
        return None
    comments = [lines[end].expandtabs().lstrip()]
    if end > 0:
        end = end - 1
        comment = lines[end].expandtabs().lstrip()
        while comment[:1] == '#' and indentsize(lines[end]) == indent:
            comments[:0] = [comment]
            end = end - 1
            if end < 0:
                break
            comment = lines[end].expandtabs().lstrip()
    while comments and comments[0].strip() == '#':
        comments[:1] = []
    while comments and comments[-1].strip() == '#':
        comments[-1:] = []
    return ''.join(comments)


# ---------------------------------------------------------------- argument specs

Arguments = namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Get information about the arguments accepted by a code object:
    Arguments(args, varargs, varkw)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters:
    FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults,
    annotations). A bound method keeps its first parameter."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """Get information about the arguments passed into a particular frame:
    ArgInfo(args, varargs, keywords, locals)."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatannotation(annotation, base_module=None):
    """Format an annotation the way Signature's str() shows it."""
    if getattr(annotation, '__module__', None) == 'typing':
        text = repr(annotation)
        out = []
        i = 0
        n = len(text)
        while i < n:
            if _is_word_char(text[i]) or text[i] == '.':
                j = i
                while j < n and (_is_word_char(text[j]) or text[j] == '.'):
                    j += 1
                word = text[i:j]
                if word.startswith('typing.'):
                    word = word[len('typing.'):]
                out.append(word)
                i = j
            else:
                out.append(text[i])
                i += 1
        return ''.join(out)
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    """Return a formatannotation() function that leaves off the module of `object`."""
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format an argument spec from the 4 values returned by getargvalues."""
    specs = []
    for name in args:
        specs.append(formatarg(name) + formatvalue(locals[name]))
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = '{} and {}'.format(*names)
    else:
        s = ', '.join(names[:-2]) + ', {} and {}'.format(*names[-2:])
    raise TypeError('%s() missing %i required %s argument%s: %s' %
                    (f_name, missing, 'positional' if pos else 'keyword-only',
                     '' if missing == 1 else 's', s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = 'at least %d' % (atleast,)
    elif defcount:
        plural = True
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ''
    if kwonly_given:
        kwonly_sig = (' positional argument%s (and %d keyword-only argument%s)'
                      % ('s' if given != 1 else '', kwonly_given,
                         's' if kwonly_given != 1 else ''))
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given' %
                    (f_name, sig, 's' if plural else '', given, kwonly_sig,
                     'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """Get the mapping of arguments to values that a call func(*positional, **named)
    would make, raising TypeError as the call would."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError('%s() got multiple values for argument %r' % (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """Get the mapping of free variables to their current values:
    ClosureVars(nonlocals, globals, builtins, unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for an object (a class, module or callable).
    With eval_str=True, string annotations are evaluated (in the object's globals,
    and for a class its namespace too, unless globals/locals are given)."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, _GetSetDescriptorType):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, _ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, '__wrapped__'):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, functools.partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, '__globals__'):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    if globals is None:
        globals = {}
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# ---------------------------------------------------------------- the stack

_Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')
_Positions.__new__.__defaults__ = (None, None, None, None)

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object: Traceback(filename,
    lineno, function, code_context, index) with `context` lines of source around
    the current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        frame.f_code, frame.f_lasti  # (AttributeError for non-frames, as in CPython)
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    positions = _Positions(lineno, lineno, None, None)
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=positions)


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """Get a list of FrameInfo records for a frame and all higher (calling) frames."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """Get a list of FrameInfo records for a traceback's frame and all lower frames."""
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    return getframe(1)


def stack(context=1):
    """Return a list of FrameInfo records for the caller's frame and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a list of FrameInfo records for the frames between this frame and the
    frame in which the exception currently being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------- generator states

def getgeneratorstate(generator):
    """Get the current state of a generator-iterator: GEN_CREATED, GEN_RUNNING,
    GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """Get the mapping of generator local variables to their current values."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinestate(coroutine):
    """Get the current state of a coroutine object: CORO_CREATED, CORO_RUNNING,
    CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """Get the mapping of coroutine local variables to their current values."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


def getasyncgenstate(agen):
    """Get the current state of an asynchronous generator object: AGEN_CREATED,
    AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    if agen.ag_running:
        return AGEN_RUNNING
    if getattr(agen, 'ag_suspended', False):
        return AGEN_SUSPENDED
    if agen.ag_frame is None:
        return AGEN_CLOSED
    if getattr(agen, 'ag_suspended', None) is None:
        # Molt has no ag_suspended: a started generator has moved past its first line
        # (a generator written on one line looks not started).
        if agen.ag_frame.f_lineno != agen.ag_code.co_firstlineno:
            return AGEN_SUSPENDED
    return AGEN_CREATED


def getasyncgenlocals(agen):
    """Get the mapping of asynchronous generator local variables to their values."""
    if not isasyncgen(agen):
        raise TypeError(f'{agen!r} is not a Python async generator')
    frame = getattr(agen, 'ag_frame', None)
    if frame is not None:
        return agen.ag_frame.f_locals
    return {}


# ---------------------------------------------------------------- signatures

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return format(int(self), format_spec)

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self._value_]


_PARAM_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                       'keyword-only', 'variadic keyword')

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """Represents a parameter in a function signature.

    Has the following public attributes:

    * name : str
        The name of the parameter as a string.
    * default : object
        The default value for the parameter if specified.  If the
        parameter has no default value, this attribute is set to
        `Parameter.empty`.
    * annotation
        The annotation for the parameter if specified.  If the
        parameter has no annotation, this attribute is set to
        `Parameter.empty`.
    * kind : str
        Describes how argument values are bound to the parameter.
        Possible values: `Parameter.POSITIONAL_ONLY`,
        `Parameter.POSITIONAL_OR_KEYWORD`, `Parameter.VAR_POSITIONAL`,
        `Parameter.KEYWORD_ONLY`, `Parameter.VAR_KEYWORD`.
    """

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                raise ValueError('{} parameters cannot have default values'.format(
                    self._kind.description))
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # The implicit parameter of a comprehension or generator expression.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """Result of `Signature.bind` call.  Holds the mapping of arguments
    to the function's parameters.

    Has the following public attributes:

    * arguments : dict
        An ordered mutable mapping of parameters' names to arguments' values.
        Does not contain arguments' default values.
    * signature : Signature
        The Signature object that created this instance.
    * args : tuple
        Tuple of positional arguments values.
    * kwargs : dict
        Dict of keyword arguments values.
    """

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if param_name not in self.arguments:
                break
            arg = self.arguments[param_name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            if param_name not in self.arguments:
                continue
            arg = self.arguments[param_name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(arg)
            else:
                kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments.

        For variable-positional arguments (*args) the default is an
        empty tuple.

        For variable-keyword arguments (**kwargs) the default is an
        empty dict.
        """
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                val = param.default
            elif param.kind is _VAR_POSITIONAL:
                val = ()
            elif param.kind is _VAR_KEYWORD:
                val = {}
            else:
                continue
            new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    __hash__ = None

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


def _proxy_of_subclass_works():
    # Molt: a mappingproxy over a dict subclass (OrderedDict) iterates as empty.
    try:
        proxy = types.MappingProxyType(OrderedDict([('x', 1)]))
        return len(proxy) == 1 and list(proxy) == ['x']
    except Exception:
        return False


_PROXY_OF_SUBCLASS_WORKS = _proxy_of_subclass_works()


class Signature:
    """A Signature object represents the overall signature of a function.
    It stores a Parameter object for each parameter accepted by the
    function, as well as information specific to the function itself.

    A Signature object has the following public attributes and methods:

    * parameters : OrderedDict
        An ordered mapping of parameters' names to the corresponding
        Parameter objects (keyword-only arguments are in the same order
        as listed in `code.co_varnames`).
    * return_annotation : object
        The annotation for the return type of the function if specified.
        If the function has no annotation for its return type, this
        attribute is set to `Signature.empty`.
    * bind(*args, **kwargs) -> BoundArguments
        Creates a mapping from positional and keyword arguments to
        parameters.
    * bind_partial(*args, **kwargs) -> BoundArguments
        Creates a partial mapping from positional and keyword arguments
        to parameters (simulating 'functools.partial' behavior.)
    """

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        """Constructs Signature from the given list of Parameter
        objects and 'return_annotation'.  All arguments are optional.
        """
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} '
                                     'parameter'.format(top_kind.description, kind.description))
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = OrderedDict((param.name, param) for param in parameters)
        if not _PROXY_OF_SUBCLASS_WORKS:
            params = dict(params)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature.
        Pass 'parameters' and/or 'return_annotation' arguments
        to override them in the new copy.
        """
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Private method. Don't use directly."""
        arguments = {}
        params = list(self.parameters.values())
        nparams = len(params)
        i = 0          # index of the next parameter
        nargs = len(args)
        pos = 0        # index of the next positional argument
        # Phase 1: positional arguments.
        while True:
            if pos >= nargs:
                # No more positional arguments.
                if i >= nparams:
                    break
                param = params[i]
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    break
                if partial:
                    break
                argtype = ' keyword-only' if param.kind == _KEYWORD_ONLY else ''
                raise TypeError('missing a required{} argument: {!r}'.format(
                    argtype, param.name))
            if i >= nparams:
                raise TypeError('too many positional arguments')
            param = params[i]
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[pos:])
                pos = nargs
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = args[pos]
            pos += 1
            i += 1
        # Phase 2: the remaining parameters take keyword arguments.
        kwargs_param = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs:
                value = kwargs.pop(name)
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(name))
                arguments[name] = value
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(name))
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed `args`
        and `kwargs` to the function's signature.  Raises `TypeError`
        if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Get a BoundArguments object, that partially maps the
        passed `args` and `kwargs` to the function's signature.
        Raises `TypeError` if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


def _signature_is_functionlike(obj):
    """Whether obj quacks like a Python function (has __code__, __name__,
    __defaults__, __kwdefaults__ and __annotations__ of the right types)."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, _CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _NonUserDefinedCallables)
            or obj in (type, object))


def _signature_bound_method(sig):
    """Drop the first parameter (self) of a signature, for a bound method."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    # A *args first parameter also takes self: keep it.
    return sig.replace(parameters=params)


def _signature_get_user_defined_method(cls, method_name):
    """The attribute of cls when it is written in Python (not a slot wrapper or a
    builtin method)."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables) or isinstance(meth, _MethodDescriptorType):
        return None
    return meth


def _metaclass_call(meta):
    """The __call__ of a metaclass when written in Python."""
    call = _signature_get_user_defined_method(meta, '__call__')
    if call is None:
        return None
    for klass in meta.__mro__:
        if '__call__' in klass.__dict__:
            if klass.__name__ == 'ABCMeta' and klass.__module__ == 'abc':
                # Molt's ABCMeta checks for abstract methods in __call__ (CPython's
                # ABCMeta has no __call__): look at __new__ / __init__ instead.
                return None
            break
    return call


_ENUM_FUNCTIONAL_SIGNATURE = ('(new_class_name, /, names, *, module=None, qualname=None, '
                              'type=None, start=1, boundary=None)')


def _enum_class_signature(sigcls, cls):
    """An Enum class is called with member values, an empty one makes a new enum
    (Molt's enum has no __signature__ for this)."""
    enum_type = getattr(sys.modules.get('enum'), 'EnumType', None)
    if enum_type is None or not isinstance(cls, enum_type):
        return None
    if hasattr(type(cls), '__signature__'):
        return None
    if cls.__members__:
        return _signature_fromstr(sigcls, cls, '(*values)')
    return _signature_fromstr(sigcls, cls, _ENUM_FUNCTIONAL_SIGNATURE)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature of functools.partial(f, ...) from the signature of f."""
    old_params = wrapped_sig.parameters
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex

    order = list(old_params)          # names, in the order of the new signature
    new_params = dict(old_params)
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        if param_name in ba.arguments:
            arg_value = ba.arguments[param_name]
            if param.kind is _POSITIONAL_ONLY:
                # Bound positionally: gone from the signature.
                order.remove(param_name)
                del new_params[param_name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    # Given by keyword: it and every later parameter become keyword-only
                    # (and *args goes away).
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    order.remove(param_name)
                    del new_params[param_name]
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[param_name] = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                order.remove(param_name)
                order.append(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                order.remove(param_name)
                order.append(param_name)
            elif param.kind is _VAR_POSITIONAL:
                order.remove(param_name)
                del new_params[param_name]
    return wrapped_sig.replace(parameters=[new_params[name] for name in order])


def _split_top_level(text):
    parts = []
    depth = 0
    quote = None
    cur = []
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            cur.append(ch)
            if ch == '\\' and i + 1 < len(text):
                cur.append(text[i + 1])
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
            cur.append(ch)
        elif ch in '([{':
            depth += 1
            cur.append(ch)
        elif ch in ')]}':
            depth -= 1
            cur.append(ch)
        elif ch == ',' and depth == 0:
            parts.append(''.join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append(''.join(cur))
    return [p.strip() for p in parts]


def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """Build a Signature from a builtin's __text_signature__, like '($self, a, b=1, /)'."""
    text = s.strip()
    if not (text.startswith('(') and text.endswith(')')):
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    body = text[1:-1].strip()
    items = _split_top_level(body) if body else []
    module_ns = {}
    module_name = getattr(obj, '__module__', None)
    if module_name is None and isclass(getattr(obj, '__self__', None)):
        module_name = obj.__self__.__module__
    module = sys.modules.get(module_name) if module_name else None
    if module is not None:
        module_ns = dict(module.__dict__)
    namespace = dict(vars(builtins))
    namespace.update(module_ns)
    namespace['sys'] = sys

    parameters = []
    kind = _POSITIONAL_OR_KEYWORD
    self_parameter = None
    for item in items:
        if item == '/':
            parameters = [p.replace(kind=_POSITIONAL_ONLY)
                          if p.kind == _POSITIONAL_OR_KEYWORD else p for p in parameters]
            continue
        if item == '*':
            kind = _KEYWORD_ONLY
            continue
        if item.startswith('**'):
            parameters.append(cls._parameter_cls(item[2:], _VAR_KEYWORD))
            continue
        if item.startswith('*'):
            parameters.append(cls._parameter_cls(item[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        is_self = False
        if item.startswith('$'):
            is_self = True
            item = item[1:]
        default = _empty
        if '=' in item:
            name, expr = item.split('=', 1)
            name = name.strip()
            try:
                default = eval(expr.strip(), namespace)
            except Exception:
                raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
        else:
            name = item.strip()
        if is_self:
            self_parameter = len(parameters)
        parameters.append(cls._parameter_cls(name, kind, default=default))
    if self_parameter is not None:
        bound_self = getattr(obj, '__self__', None)
        if bound_self is not None and (ismodule(bound_self) or skip_bound_arg):
            parameters.pop(0)
        else:
            parameters[0] = parameters[0].replace(kind=_POSITIONAL_ONLY)
    return cls(parameters)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _signature_is_builtin(func):
        raise TypeError('{!r} is not a Python builtin function'.format(func))
    s = getattr(func, '__text_signature__', None)
    if not s:
        if func is object:
            return cls()
        raise ValueError('no signature found for builtin {!r}'.format(func))
    return _signature_fromstr(cls, func, s, skip_bound_arg)


def _partialmethod_of(obj):
    """The functools.partialmethod behind a function got from a class, if any."""
    pm_type = getattr(functools, 'partialmethod', None)
    if pm_type is None:
        return None
    pm = getattr(obj, '_partialmethod', None)
    if pm is None:
        pm = getattr(obj, '__partialmethod__', None)
    if isinstance(pm, pm_type):
        return pm
    # Molt's functools.partialmethod.__get__(None, cls) returns a closure over the
    # partialmethod instead of marking the function.
    if isfunction(obj) and obj.__closure__ and obj.__code__.co_name == 'unbound':
        for cell in obj.__closure__:
            try:
                value = cell.cell_contents
            except ValueError:
                continue
            if isinstance(value, pm_type):
                return value
    return None


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """Private helper: constructs Signature for the given python function."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))

    s = getattr(func, '__text_signature__', None)
    if s:
        return _signature_fromstr(cls, func, s, skip_bound_arg)

    Param = cls._parameter_cls
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0

    parameters = []
    non_default_count = pos_count - pos_default_count
    for index, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < posonly_count else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        if index < non_default_count:
            parameters.append(Param(name, annotation=annotation, kind=kind))
        else:
            parameters.append(Param(name, annotation=annotation, kind=kind,
                                    default=defaults[index - non_default_count]))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        parameters.append(Param(name, annotation=annotations.get(name, _empty),
                                kind=_VAR_POSITIONAL))
        index += 1
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Param(name, annotation=annotations.get(name, _empty),
                                kind=_KEYWORD_ONLY, default=default))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Param(name, annotation=annotations.get(name, _empty),
                                kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """Private helper function to get signature for arbitrary callable objects."""

    def again(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, _MethodType):
        # A bound method: the signature of its function, without the first parameter.
        sig = again(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, '__signature__')
                                or isinstance(f, _MethodType)))
        if isinstance(obj, _MethodType):
            return again(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            original = sig
            if not isinstance(sig, (Signature, str)) and callable(sig):
                sig = sig()
            if isinstance(sig, str):
                sig = _signature_fromstr(sigcls, obj, sig)
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ '
                                'attribute'.format(original))
            return sig

    if isinstance(obj, type):
        sig = _enum_class_signature(sigcls, obj)
        if sig is not None:
            return sig

    partialmethod = _partialmethod_of(obj)
    if partialmethod is not None:
        # An unbound partialmethod: a partial whose first argument (self or cls) is
        # still to come.
        wrapped_sig = again(partialmethod.func)
        sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
        first_wrapped_param = tuple(wrapped_sig.parameters.values())[0]
        if first_wrapped_param.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first_wrapped_param,) + tuple(sig.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        wrapped_sig = again(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        # A class (or metaclass): a metaclass __call__, else the first __new__ or
        # __init__ written in Python along the MRO.
        call = _metaclass_call(type(obj))
        if call is not None:
            sig = again(call)
        else:
            factory_method = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory_method = new
                    break
                elif init is not None and '__init__' in base.__dict__:
                    factory_method = init
                    break
            if factory_method is not None:
                sig = again(factory_method)
        if sig is None:
            for base in obj.__mro__[:-1]:
                try:
                    text_sig = base.__text_signature__
                except AttributeError:
                    continue
                if text_sig:
                    return _signature_fromstr(sigcls, base, text_sig)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls.from_callable(object)
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        # An instance with a __call__ method.
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            text_sig = getattr(obj, '__text_signature__', None)
            if isinstance(text_sig, str) and text_sig:
                return _signature_fromstr(sigcls, obj, text_sig)
            sig = again(call)

    if sig is not None:
        # Classes and callable objects: the first parameter of __call__, __new__ or
        # __init__ is filled in by the call.
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if isinstance(obj, _BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))
