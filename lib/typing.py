"""Type hints at run time: the names programs import from `typing` (List, Optional, Union,
Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload, ...), as
subscriptable objects with CPython's reprs. Molt does not check types; like CPython it only
records them. Written for Molt from the typing module's documentation."""

import collections
import collections.abc as _abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and obj is not type(None):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None' if obj is None else 'NoneType'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class ForwardRef:
    """A type named by a string (`Optional["Node"]`), evaluated by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        try:
            compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


def _type_convert(arg):
    """A subscript argument as typing stores it: None as NoneType, a str as ForwardRef."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _Special:
    """A bare special form or alias (`typing.List`, `typing.Any`), subscriptable if it
    takes parameters."""

    def __init__(self, name, origin=None, nparams=-1, inst=True):
        self._inst = inst
        self._name = name
        self.__name__ = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __instancecheck__(self, obj):
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError(f'typing.{self._name} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        if isinstance(self.__origin__, type):
            return issubclass(cls, self.__origin__)
        raise TypeError(f'typing.{self._name} cannot be used with issubclass()')

    def __getitem__(self, params):
        if self._nparams == 0:
            raise TypeError(f'typing.{self._name} is not subscriptable')
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self, self.__origin__, tuple(_type_convert(p) for p in params))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        if not isinstance(self.__origin__, type):
            if self._nparams == 0:
                raise TypeError(f'{self._name} cannot be instantiated')
            raise TypeError(f'Cannot instantiate typing.{self._name}')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        raise TypeError(f'Cannot subclass typing.{self._name}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


class _Alias:
    """A subscripted form: `typing.List[int]`, `typing.Union[int, str]`."""

    def __init__(self, special, origin, args):
        self._special = special
        self.__origin__ = origin if origin is not None else special
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        name = self._special._name
        args = self.__args__
        if name == 'Union' and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        if name == 'Tuple' and args == ():
            return 'typing.Tuple[()]'
        return f'typing.{name}[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if self._special._name == 'Union' and type(other).__name__ == 'UnionType':
            # Union[int, str] == int | str
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._special._name == 'Union' and other._special._name == 'Union':
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self._special._name == 'Union':
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __iter__(self):
        # `*Tuple[int, ...]` (PEP 646) unpacks to one Unpack of the alias.
        yield Unpack[self]

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _Alias(self._special, self.__origin__,
                      tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__))

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, _Special):
            return origin(*args, **kwargs)
        if not getattr(self._special, '_inst', True):
            return self._special(*args, **kwargs)
        if not isinstance(origin, type):
            raise TypeError(f'Type {self._special._name} cannot be instantiated')
        result = origin(*args, **kwargs)
        # An instance made through a parameterized generic remembers it.
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _Special):
            origin = origin.__origin__
        if origin is Generic:
            # (Generic[T] is cached, so `Generic[T], Generic[T]` is one object twice and
            # type() reports the duplicate base; the Generic[T] a PEP 695 class adds is
            # another object.)
            i = next(j for j, b in enumerate(bases) if b is self)
            if any(isinstance(b, _Alias) and b.__origin__ is Generic and b is not self
                   for b in bases[i + 1:]):
                raise TypeError('Cannot inherit from Generic[...] multiple times.')
        if isinstance(origin, type):
            return (origin,)
        raise TypeError(f'Cannot subclass {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _UnionSpecial(_Special):
    def __getitem__(self, params):
        if params == ():
            raise TypeError('Cannot take a Union of no types.')
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            p = _type_convert(p)
            if isinstance(p, _Alias) and p._special is self:
                items = p.__args__
            else:
                items = (p,)
            for q in items:
                if q not in flat:
                    flat.append(q)
        if len(flat) == 1:
            return flat[0]
        return _UnionGenericAlias(self, None, tuple(flat))


# (CPython's name for the class of `typing.List[int]` and user generic subscripts.)
_Alias.__name__ = _Alias.__qualname__ = '_GenericAlias'


class _AnnotatedSpecial(_Special):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_convert(params[0])
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __call__(self, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')


class _AnnotatedAlias(_Alias):
    """`Annotated[T, x, ...]`: T with metadata (nested Annotated flattens)."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(Annotated, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _UnionGenericAlias(_Alias):
    """`Union[int, str]` (and `Optional[...]`)."""


class _OptionalSpecial(_Special):
    def __getitem__(self, param):
        return Union[param, None]


class _CallableSpecial(_Special):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = _type_convert(result)
        if isinstance(args, list):
            args = tuple(_type_convert(a) for a in args)
            a = _CallableAlias(self, _abc.Callable, args + (result,))
        else:
            a = _CallableAlias(self, _abc.Callable, (args, result))
        a._callable_args = params[0]
        return a


class _CallableAlias(_Alias):
    def __repr__(self):
        return _callable_repr(self)


def _callable_repr(self):
    args = self.__args__
    first = getattr(self, '_callable_args', None)
    if isinstance(first, list) or first is None:
        head = '[' + ', '.join(_type_repr(a) for a in args[:-1]) + ']'
    else:
        head = _type_repr(first)
    return f'typing.Callable[{head}, {_type_repr(args[-1])}]'


class _LiteralSpecial(_Special):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        # Repeated values go (1 and True are different literals).
        seen = []
        unique = []
        for p in params:
            key = (p, type(p))
            if key not in seen:
                seen.append(key)
                unique.append(p)
        return _LiteralAlias(self, None, tuple(unique))


class _LiteralAlias(_Alias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return (set((a, type(a)) for a in self.__args__)
                == set((a, type(a)) for a in other.__args__))

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class TypeVar:
    """A type variable: `T = TypeVar('T')`; its repr is ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self.__name__ = name
        self._constraints = constraints
        self._bound = None if bound is None else _type_convert(bound)
        # A PEP 695 parameter's bound/constraints: (kind, function), evaluated on first use.
        self._lazy = None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance

    def _force(self):
        kind, fn = self._lazy
        value = fn()
        if kind == 0:
            self._bound = value
        else:
            self._constraints = tuple(value)
        self._lazy = None

    @property
    def __bound__(self):
        if self._lazy is not None and self._lazy[0] == 0:
            self._force()
        return self._bound

    @property
    def __constraints__(self):
        if self._lazy is not None and self._lazy[0] == 3:
            self._force()
        return self._constraints

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpecArgs:
    """`P.args`: the positional parameters of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ is other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs:
    """`P.kwargs`: the keyword parameters of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ is other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant,
                         infer_variance=infer_variance)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple:
    """A variadic type variable: `Ts = TypeVarTuple('Ts')`, used as `*Ts`."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class _UnpackForm:
    def __getitem__(self, item):
        return _UnpackAlias(item)

    def __repr__(self):
        return 'typing.Unpack'


class _UnpackAlias:
    def __init__(self, item):
        self.__args__ = (item,)

    def __repr__(self):
        return 'typing.Unpack[' + _type_repr(self.__args__[0]) + ']'


Unpack = _UnpackForm()


class TypeAliasType:
    """The value of a `type X = ...` statement (or `TypeAliasType('X', value)`)."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError('TypeAliasType.__init__() argument \'name\' must be str, not '
                            + type(name).__name__)
        self.__name__ = name
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = self.__type_params__
        self._value = value
        self.__module__ = _caller_module()
        self._evaluate = None

    @property
    def __value__(self):
        if self._evaluate is not None:
            self._value = self._evaluate()
            self._evaluate = None
        return self._value

    def __repr__(self):
        return self.__name__

    def __call__(self, *args, **kwargs):
        raise TypeError("'typing.TypeAliasType' object is not callable")

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        if not isinstance(params, tuple):
            params = (params,)
        import types
        return types.GenericAlias(self, params)

    def __or__(self, other):
        import types
        if not types._unionable(other):
            return NotImplemented
        return types.UnionType._make((self, other))

    def __ror__(self, other):
        import types
        if not types._unionable(other):
            return NotImplemented
        return types.UnionType._make((other, self))

    def __setattr__(self, name, value):
        # CPython: __name__ and __module__ are read-only members, the others getsets.
        if hasattr(self, '_evaluate'):
            if name in ('__name__', '__module__'):
                raise AttributeError("readonly attribute")
            if name in ('__value__', '__type_params__', '__parameters__'):
                raise AttributeError(f"attribute '{name}' of 'typing.TypeAliasType' "
                                     "objects is not writable")
        object.__setattr__(self, name, value)


def _caller_module():
    try:
        import sys
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except Exception:
        return '__main__'


def _pep695_param(kind, name, bound):
    """A PEP 695 type parameter (`def f[T: int, *Ts, **P]`) made by the compiler."""
    if kind == 0 or kind == 3:
        # `bound` evaluates the bound (or the constraints tuple) when first asked for;
        # a string bound stays a string.
        tv = TypeVar(name, infer_variance=True)
        if bound is not None:
            tv._lazy = (kind, bound)
        return tv
    if kind == 1:
        return TypeVarTuple(name)
    return ParamSpec(name, infer_variance=True)


def _pep695_alias(name, evaluate, type_params):
    """The value of `type name[type_params] = ...`, evaluated on first use."""
    alias = TypeAliasType(name, None, type_params=type_params)
    object.__setattr__(alias, '_evaluate', evaluate)
    object.__setattr__(alias, '__module__', evaluate.__module__)
    return alias


class _GenericAlias(_Alias):
    def __repr__(self):
        o = self.__origin__
        if not self.__args__:
            return f'{o.__module__}.{o.__qualname__}[()]'
        return f'{o.__module__}.{o.__qualname__}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        return super().__getitem__(params)


_generic_cache = {}


class _PEP695Generic:
    """`Generic[T]` as the compiler adds it to the bases of `class C[T]`: a new alias each
    time (not the cached one user code gets)."""

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(_Special('Generic', Generic), Generic, params)


_pep695_generic = _PEP695Generic()


class Generic:
    """Base class for user generic classes: `class Stack(Generic[T])`."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not (isinstance(p, (TypeVar, ParamSpec, TypeVarTuple))
                        or isinstance(p, _UnpackAlias)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type '
                                    'variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            key = (cls, params)
            alias = _generic_cache.get(key)
            if alias is None:
                alias = _Alias(_Special(cls.__name__, cls), cls, params)
                _generic_cache[key] = alias
            return alias
        expected = getattr(cls, '__parameters__', ())
        if not expected and not cls.__dict__.get('__type_params__'):
            raise TypeError(f'{cls} is not a generic class')
        variadic = any(isinstance(p, TypeVarTuple) for p in expected)
        if expected and not variadic and len(params) != len(expected) and \
                not any(isinstance(p, ParamSpec) for p in expected):
            many = 'many' if len(params) > len(expected) else 'few'
            raise TypeError(f'Too {many} arguments for {cls}; actual {len(params)}, '
                            f'expected {len(expected)}')
        return _GenericAlias(_Special(cls.__name__, cls), cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        params = []
        for b in cls.__dict__.get('__orig_bases__', ()):
            for a in getattr(b, '__args__', ()):
                if isinstance(a, TypeVar) and a not in params:
                    params.append(a)
        cls.__parameters__ = tuple(params)


import abc as _abcmod

_PROTO_EXCLUDED = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__protocol_attrs__', '__type_params__',
    '__qualname__', '__init_subclass__', '__match_args__', '__annotate__',
    '_is_protocol', '_is_runtime_protocol', '__non_callable_proto_members__',
    '_abc_impl', '__abstractmethods__', '__classcell__',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


# Non-protocol classes a protocol may still inherit from.
_PROTO_ALLOWLIST = {
    'collections.abc': (
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'AsyncIterator',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer',
    ),
    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager'),
}


class _ProtocolMeta(_abcmod.ABCMeta):
    """The metaclass of Protocol: structural isinstance() for @runtime_checkable ones."""

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if _abcmod.ABCMeta.__subclasscheck__(cls, type(instance)):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if not getattr(cls, '_is_protocol', False):
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if cls.__non_callable_proto_members__:
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if _abcmod.ABCMeta.__subclasscheck__(cls, other):
            return True
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                # (Builtin types' special methods are not in their __dict__ here.)
                if getattr(other, attr, None) is None:
                    return False
        return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types; isinstance() needs @runtime_checkable."""
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic)
                        or base.__dict__.get('_is_protocol', False)
                        or getattr(base, '_is_protocol', False) and isinstance(base, _ProtocolMeta)
                        or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ())):
                    raise TypeError('Protocols can only inherit from other protocols, got %r'
                                    % base)
        cls.__protocol_attrs__ = _protocol_attrs(cls)
        non_callable = set()
        for attr in cls.__protocol_attrs__:
            val = getattr(cls, attr, None)
            if not callable(val) and not isinstance(val, (staticmethod, classmethod, property)):
                non_callable.add(attr)
            elif isinstance(val, property):
                non_callable.add(attr)
        cls.__non_callable_proto_members__ = frozenset(non_callable)
        if cls._is_protocol and not any('__init__' in b.__dict__ for b in cls.__mro__[:-1]):
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not getattr(cls, '_is_protocol', False) or not isinstance(cls, _ProtocolMeta):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Return val unchanged (a marker for type checkers)."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(f):
    return f


def override(f):
    return f


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _Alias):
        o = tp.__origin__
        return o.__origin__ if isinstance(o, _Special) and isinstance(o.__origin__, type) else o
    import types
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _Alias):
        args = tp.__args__
        first = getattr(tp, '_callable_args', None)
        if isinstance(first, list):
            return (list(args[:-1]), args[-1])
        return args
    import types
    if isinstance(tp, (types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (classes: merged along the MRO), string annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            g = globalns
            if g is None:
                import sys
                g = getattr(sys.modules.get(base.__module__), '__dict__', {})
            l = dict(base.__dict__) if localns is None else localns
            for k, v in ann.items():
                hints[k] = _eval_hint(v, g, l, include_extras)
        return hints
    ann = getattr(obj, '__annotations__', {}) or {}
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for k, v in ann.items():
        hints[k] = _eval_hint(v, g, localns, include_extras)
    return hints


def _eval_hint(v, g, l, extras=False):
    """An annotation with its string parts evaluated (inside aliases too); without
    `extras`, Annotated[T, ...] becomes T."""
    import types
    if v is None:
        return type(None)
    if isinstance(v, str):
        v = ForwardRef(v)
    if isinstance(v, ForwardRef):
        return _eval_hint(eval(v.__forward_arg__, g, l), g, l, extras)
    if isinstance(v, _AnnotatedAlias):
        inner = _eval_hint(v.__origin__, g, l, extras)
        return _AnnotatedAlias(inner, v.__metadata__) if extras else inner
    if isinstance(v, _LiteralAlias):
        return v
    if isinstance(v, _Alias):
        args = tuple(_eval_hint(a, g, l, extras) for a in v.__args__)
        if all(a is b for a, b in zip(args, v.__args__)):
            return v
        if v._special is Union:
            return Union[args]
        import copy as _copy
        new = _copy.copy(v)
        new.__args__ = args
        new.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))
        return new
    if isinstance(v, types.GenericAlias):
        args = tuple(_eval_hint(a, g, l, extras) for a in v.__args__)
        if all(a is b for a, b in zip(args, v.__args__)):
            return v
        new = types.GenericAlias(v.__origin__, args)
        new.__unpacked__ = v.__unpacked__
        return new
    if isinstance(v, types.UnionType):
        args = tuple(_eval_hint(a, g, l, extras) for a in v.__args__)
        if all(a is b for a, b in zip(args, v.__args__)):
            return v
        return Union[args]
    return v


class NewType:
    """`UserId = NewType('UserId', int)`: a callable that returns its argument, and that
    type checkers treat as a distinct subtype of `tp`."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                    f'`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`')

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _make_namedtuple(name, fields, defaults, module):
    nt = collections.namedtuple(name, [f for f, _ in fields], defaults=defaults, module=module)
    nt.__annotations__ = dict(fields)
    return nt


class _NamedTupleMeta(type):
    def __new__(mcs, name, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcs, name, bases, ns)
        ann = ns.get('__annotations__', {})
        fields = list(ann.items())
        defaults = []
        for f, _ in fields:
            if f in ns:
                defaults.append(ns[f])
            elif defaults:
                raise TypeError(f'Non-default namedtuple field {f} cannot follow default field'
                                f'{"s" if len(defaults) > 1 else ""} '
                                + ', '.join(fields[i][0] for i in range(len(fields)) if fields[i][0] in ns))
        nt = _make_namedtuple(name, fields, defaults, ns.get('__module__', '__main__'))
        for k, v in ns.items():
            if k in ('__annotations__', '__module__', '__qualname__', '_root') or k in ann:
                continue
            setattr(nt, k, v)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """`class P(NamedTuple): x: int` makes a collections.namedtuple with annotations."""
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return _make_namedtuple(typename, list(fields), [], '__main__')


class _TypedDictMeta(type):
    def __new__(mcs, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcs, name, bases, ns)
        ann = {}
        required = set()
        optional = set()
        for b in bases:
            ann.update(getattr(b, '__annotations__', {}))
            required |= set(getattr(b, '__required_keys__', ()))
            optional |= set(getattr(b, '__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        ann.update(own)
        for key, tp in own.items():
            # Required[...] / NotRequired[...] (possibly inside Annotated) decide per key.
            qual = tp.__origin__ if isinstance(tp, _AnnotatedAlias) else tp
            special = getattr(qual, '_special', None)
            if special is Required:
                is_required = True
            elif special is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        ns = dict(ns)
        ns['__annotations__'] = ann
        ns['__total__'] = total
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        return type.__new__(_TypedDictMeta, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(metaclass=_TypedDictMeta):
    """`class Movie(TypedDict): name: str` — instances are plain dicts."""
    _root = True


Any = _Special('Any', None, 0)
NoReturn = _Special('NoReturn', None, 0)
Never = _Special('Never', None, 0)
Self = _Special('Self', None, 0)
LiteralString = _Special('LiteralString', None, 0)
TypeAlias = _Special('TypeAlias', None, 0)
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Required = _Special('Required')
NotRequired = _Special('NotRequired')
Annotated = _AnnotatedSpecial('Annotated')
Union = _UnionSpecial('Union')
Optional = _OptionalSpecial('Optional')
Callable = _CallableSpecial('Callable', _abc.Callable)
Literal = _LiteralSpecial('Literal')
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)

List = _Special('List', list, inst=False)
Dict = _Special('Dict', dict, inst=False)
Set = _Special('Set', set, inst=False)
FrozenSet = _Special('FrozenSet', frozenset, inst=False)
Tuple = _Special('Tuple', tuple, inst=False)
Type = _Special('Type', type, inst=False)
Deque = _Special('Deque', collections.deque)
DefaultDict = _Special('DefaultDict', collections.defaultdict)
OrderedDict = _Special('OrderedDict', collections.OrderedDict)
Counter = _Special('Counter', collections.Counter)
ChainMap = _Special('ChainMap', collections.ChainMap)
Iterable = _Special('Iterable', _abc.Iterable)
Iterator = _Special('Iterator', _abc.Iterator)
Generator = _Special('Generator', _abc.Generator)
Sequence = _Special('Sequence', _abc.Sequence)
MutableSequence = _Special('MutableSequence', _abc.MutableSequence)
Mapping = _Special('Mapping', _abc.Mapping)
MutableMapping = _Special('MutableMapping', _abc.MutableMapping)
AbstractSet = _Special('AbstractSet', _abc.Set)
MutableSet = _Special('MutableSet', _abc.MutableSet)
Collection = _Special('Collection', _abc.Collection)
Container = _Special('Container', _abc.Container)
Hashable = _Special('Hashable', _abc.Hashable)
Sized = _Special('Sized', _abc.Sized)
Reversible = _Special('Reversible', _abc.Reversible)
KeysView = _Special('KeysView', _abc.KeysView)
ItemsView = _Special('ItemsView', _abc.ItemsView)
ValuesView = _Special('ValuesView', _abc.ValuesView)


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    def __int__(self) -> int:
        ...


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    def __float__(self) -> float:
        ...


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    def __complex__(self) -> complex:
        ...


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    def __bytes__(self) -> bytes:
        ...


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    def __index__(self) -> int:
        ...


@runtime_checkable
class SupportsAbs[T](Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    def __abs__(self):
        ...


@runtime_checkable
class SupportsRound[T](Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    def __round__(self, ndigits=0):
        ...
