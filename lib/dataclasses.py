"""Data classes: the @dataclass decorator, field(), fields(), asdict(), astuple(), replace(),
is_dataclass(), InitVar, KW_ONLY and FrozenInstanceError, generating the same methods and
error messages as CPython 3.12. Written for Molt from the dataclasses documentation.
slots=True builds a new class whose fields are __slots__ (weakref_slot only reserves the
name: Molt has no weak references yet)."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']

import copy
from types import MappingProxyType as _MappingProxy

_EMPTY_METADATA = _MappingProxy({})


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class InitVar:
    """Marks a pseudo-field passed to __init__ and __post_init__ but not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        name = t.__qualname__ if isinstance(t, type) else repr(t)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        # A read-only view, as in CPython (an empty one when no metadata was given).
        self.metadata = _EMPTY_METADATA if metadata is None else _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},'
                f'repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},'
                f'metadata={self.metadata!r},kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith(('ClassVar', 'typing.ClassVar'))
    return getattr(tp, '__molt_classvar__', False) or repr(tp).startswith('typing.ClassVar')


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith(('InitVar', 'dataclasses.InitVar'))
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    return tp is KW_ONLY or (isinstance(tp, str) and tp in ('KW_ONLY', 'dataclasses.KW_ONLY'))


def _unhashable_type(v):
    if isinstance(v, (list, dict, set, bytearray)):
        return True
    try:
        return type(v).__hash__ is None
    except AttributeError:
        return False


def _format_annotation(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return f'{a.__module__}.{a.__qualname__}'
    if getattr(type(a), '__module__', None) == 'typing':
        return repr(a).replace('typing.', '')
    return repr(a)


def _signature_text(std, kwf):
    def one(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default_factory is not MISSING:
            return text + ' = <factory>'
        if f.default is not MISSING:
            return text + f' = {f.default!r}'
        return text
    parts = [one(f) for f in std if f.init]
    kw = [one(f) for f in kwf if f.init]
    if kw:
        parts += ['*'] + kw
    return '(' + ', '.join(parts) + ')'


def _get_field(cls, name, tp, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and _unhashable_type(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                         'use default_factory')
    return f


def _make_fn(name, args, body, ns, qualname):
    src = f"def {name}({', '.join(args)}):\n" + ''.join(f'    {line}\n' for line in body)
    exec(src, ns)
    fn = ns[name]
    fn.__qualname__ = f'{qualname}.{name}'
    return fn


def _init_fn(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    ns = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
          '__dataclass_builtins_object__': object, 'MISSING': MISSING}

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
        ns[f'__dataclass_dflt_{f.name}__'] = f.default
        return f'{f.name}=__dataclass_dflt_{f.name}__'

    def assign(name, value):
        if frozen:
            return f'__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})'
        return f'self.{name} = {value}'

    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            ns[f'__dataclass_factory_{f.name}__'] = f.default_factory
            if f.init:
                value = (f'__dataclass_factory_{f.name}__() if {f.name} is '
                         f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}')
            else:
                value = f'__dataclass_factory_{f.name}__()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            ns[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        body.append(assign(f.name, value))
    if has_post_init:
        initvars = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'self.__post_init__({initvars})')
    if not body:
        body = ['pass']
    args = ['self'] + [param(f) for f in std_fields if f.init]
    if any(f.init for f in kw_fields):
        args += ['*'] + [param(f) for f in kw_fields if f.init]
    return _make_fn('__init__', args, body, ns, cls.__qualname__)


def _tuple_of(fs):
    return lambda self: tuple(getattr(self, f.name) for f in fs)


def _repr_fn(fs):
    running = set()

    def __repr__(self):
        key = (id(self),)
        if key in running:
            return '...'
        running.add(key)
        try:
            inner = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fs)
        finally:
            running.discard(key)
        return f'{self.__class__.__qualname__}({inner})'
    return __repr__


def _cmp_fn(name, op, fs):
    key = _tuple_of(fs)

    def cmp(self, other):
        if other.__class__ is self.__class__:
            return op(key(self), key(other))
        return NotImplemented
    cmp.__name__ = name
    return cmp


def _set_new(cls, name, value, qualname=True):
    if name in cls.__dict__:
        return True
    if qualname and hasattr(value, '__qualname__'):
        try:
            value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
        except (AttributeError, TypeError):
            pass
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in reversed(cls.__mro__[1:]):
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if b.__dataclass_params__['frozen']:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw = kw_only
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            if kw and kw_only is not True:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw = True
            continue
        own.append(_get_field(cls, name, tp, kw))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                                'unsafe_hash': unsafe_hash, 'frozen': frozen}
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    fs = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_like = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std = [f for f in init_like if not f.kw_only]
    kwf = [f for f in init_like if f.kw_only]
    if init:
        fn = _init_fn(cls, list(all_fields.values()), std, kwf, frozen,
                      hasattr(cls, '__post_init__'))
        _set_new(cls, '__init__', fn, qualname=False)
    if repr:
        _set_new(cls, '__repr__', _repr_fn([f for f in fs if f.repr]))
    cmp_fields = [f for f in fs if f.compare]
    if eq:
        _set_new(cls, '__eq__', _cmp_fn('__eq__', lambda a, b: a == b, cmp_fields))
    if order:
        for name, op in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            if _set_new(cls, name, _cmp_fn(name, op, cmp_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        names = tuple(f.name for f in fs)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        for name, fn in [('__setattr__', __setattr__), ('__delattr__', __delattr__)]:
            if _set_new(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    hash_fields = [f for f in fs if (f.compare if f.hash is None else f.hash)]
    key = _tuple_of(hash_fields)

    def __hash__(self):
        return hash(key(self))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = __hash__
    elif eq and frozen and not has_explicit_hash:
        cls.__hash__ = __hash__
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None
    if match_args:
        _set_new(cls, '__match_args__', tuple(f.name for f in std if f.init), qualname=False)
    if not getattr(cls, '__doc__', None):
        cls.__doc__ = cls.__name__ + _signature_text(std, kwf)
    if slots:
        # Rebinding cls also updates the frozen __setattr__/__delattr__ closures.
        cls = _with_slots(cls, fs, weakref_slot)
    return cls


def _with_slots(cls, fs, weakref_slot):
    """A copy of dataclass `cls` whose fields are `__slots__` (slots=True)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    taken = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__', ())
        taken.update((declared,) if isinstance(declared, str) else declared)
    names = [f.name for f in fs if f.name not in taken]
    if weakref_slot and '__weakref__' not in taken:
        names.append('__weakref__')
    ns = dict(cls.__dict__)
    ns['__slots__'] = tuple(names)
    for name in names:
        # Defaults are already in the generated __init__.
        ns.pop(name, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods (__init__, __repr__, __eq__, ...) to a class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass (type or instance), as a tuple of Field objects."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Create a dataclass named cls_name from (name, type[, Field]) specs or bare names."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    ns.setdefault('__qualname__', cls_name)
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
