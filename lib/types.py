"""Names for built-in types (FunctionType, GeneratorType, ...) and SimpleNamespace.
Written for Molt from the types module's documentation. Constructing MethodType or
ModuleType directly is not supported yet (they are usable with isinstance)."""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'GeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'MappingProxyType', 'ModuleType', 'NoneType',
           'EllipsisType', 'NotImplementedType', 'SimpleNamespace', 'new_class',
           'CoroutineType', 'AsyncGeneratorType', 'coroutine', 'GenericAlias', 'UnionType',
           'resolve_bases']


def _f():
    pass


def _g():
    yield 1


async def _co():
    pass


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
_c = _co()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_ag())
del _c, _co, _ag
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(type.__dict__)

del _f, _g, _C


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments (or a mapping)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        ident = id(self)
        running = _repr_running
        if ident in running:
            return f'{"namespace" if type(self) is SimpleNamespace else type(self).__name__}(...)'
        running.add(ident)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            running.discard(ident)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class with the given metaclass keywords, filling its namespace by exec_body."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def resolve_bases(bases):
    """Replace bases that define __mro_entries__ by what it returns (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


class _GeneratorWrapper:
    """What a @coroutine-decorated generator function returns: awaitable, and still
    iterable like the generator it wraps."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Make a generator function usable with await (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if isinstance(func, FunctionType) and func.__code__.co_flags & 0x180:
        return func  # already a coroutine function
    if isinstance(func, FunctionType) and func.__code__.co_flags & 0x20:
        # A generator function: its generators become awaitable, in place.
        import _molt
        return _molt.mark_iterable_coroutine(func)

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if isinstance(coro, CoroutineType):
            return coro
        if isinstance(coro, GeneratorType):
            return _GeneratorWrapper(coro)
        return coro
    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', 'wrapped')
    wrapped.__doc__ = getattr(func, '__doc__', None)
    return wrapped


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType)) or \
        type(x).__name__ == 'TypeAliasType'


class GenericAlias:
    """`list[int]`: a builtin class parameterized by type arguments."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()) if isinstance(a, GenericAlias) else \
                    ((a,) if type(a).__name__ in ('TypeVar', 'ParamSpec') else ()):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)
        self.__unpacked__ = False

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        star = '*' if self.__unpacked__ else ''
        return f'{star}{_type_repr(self.__origin__)}[{args}]'

    def __iter__(self):
        # `*tuple[int, str]` (PEP 646): the unpacked form of the alias.
        u = GenericAlias(self.__origin__, self.__args__)
        u.__unpacked__ = True
        yield u

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    # Attributes not forwarded to the origin (as CPython's GenericAlias lists them).
    _NO_FORWARD = frozenset({
        '__origin__', '__args__', '__unpacked__', '__parameters__',
        '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
        '__reduce__', '__copy__', '__deepcopy__',
    })

    def __getattr__(self, name):
        if name in GenericAlias._NO_FORWARD:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return UnionType._make((self, other))

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return UnionType._make((other, self))

    def __getitem__(self, item):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(item, tuple):
            item = (item,)
        if len(item) != len(self.__parameters__):
            raise TypeError(f'Too {"many" if len(item) > len(self.__parameters__) else "few"}'
                            f' arguments for {self!r}; actual {len(item)}, '
                            f'expected {len(self.__parameters__)}')
        subst = dict(zip(self.__parameters__, item))
        args = tuple(subst.get(a, a) if not isinstance(a, GenericAlias) else
                     a[tuple(subst[p] for p in a.__parameters__)] if a.__parameters__ else a
                     for a in self.__args__)
        return GenericAlias(self.__origin__, args)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


class UnionType:
    """`int | str`: the union of types made with the | operator."""

    @classmethod
    def _make(cls, items):
        args = []
        for x in items:
            parts = x.__args__ if isinstance(x, UnionType) else (x,)
            for p in parts:
                p = NoneType if p is None else p
                if p not in args:
                    args.append(p)
        if len(args) == 1:
            return args[0]
        u = object.__new__(cls)
        u.__args__ = tuple(args)
        return u

    def __init__(self, *args):
        raise TypeError("cannot create 'types.UnionType' instances")

    @property
    def __parameters__(self):
        params = []
        for a in self.__args__:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return UnionType._make((self, other))

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return UnionType._make((other, self))

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            if hasattr(other, '_special') and hasattr(other, '__args__'):
                return other == self
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __getitem__(self, params):
        ps = self.__parameters__
        if not ps:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) != len(ps):
            raise TypeError(f'Too {"many" if len(params) > len(ps) else "few"} arguments for '
                            f'{self!r}; actual {len(params)}, expected {len(ps)}')
        subst = dict(zip(ps, params))
        new = []
        for a in self.__args__:
            if a in subst:
                new.append(subst[a])
            elif getattr(a, '__parameters__', ()):
                new.append(a[tuple(subst[p] for p in a.__parameters__)])
            else:
                new.append(a)
        result = new[0]
        for x in new[1:]:
            result = result | x
        return result

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return issubclass(cls, self.__args__)


GenericAlias.__module__ = 'types'
UnionType.__module__ = 'types'
