"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, with CPython 3.12's
member reprs, lookups, aliases and error messages. Written for Molt from the enum module's
documentation."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'auto', 'unique', 'Flag',
           'IntFlag', 'ReprEnum', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'verify', 'property',
           'show_flag_values']

_auto_null = object()


class auto:
    """Stands for the next value (1, 2, 3, ... by default) when a member is defined."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, property)) or callable(obj)
            and type(obj).__name__ == 'function')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return name.startswith(pattern) and not name.endswith('__')


class _EnumDict(dict):
    """The namespace of an enum class body: refuses to redefine a member name."""

    def __init__(self, cls_name='', bases=()):
        super().__init__()
        self._cls_name = cls_name
        self._gen = None
        for b in bases:
            self._gen = getattr(b, '_generate_next_value_', None)
            if self._gen is not None:
                break
        self._last_values = []

    def __setitem__(self, key, value):
        plain = not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key))
        if key == '_generate_next_value_':
            self._gen = value.__func__ if isinstance(value, staticmethod) else value
        if plain and isinstance(value, auto) and self._gen is not None:
            # Resolved at once, so later lines of the body see the value.
            if value.value is _auto_null:
                value.value = self._gen(key, 1, len(self._last_values), self._last_values[:])
            value = value.value
        if plain and not (_is_descriptor(value) or isinstance(value, type)):
            self._last_values.append(value)
        if plain and key in self:
            old = dict.__getitem__(self, key)
            if not (_is_descriptor(old) or isinstance(old, type)):
                raise TypeError('%r already defined as %r' % (key, old))
            if not (_is_descriptor(value) or isinstance(value, type)):
                raise TypeError('%r already defined as %r' % (key, old))
        dict.__setitem__(self, key, value)


class property:
    """The descriptor of Enum's `name` and `value`: read-only on members, and absent
    from the class itself (`Color.value` raises AttributeError)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError('<enum %r> has no attribute %r'
                                 % (ownerclass.__name__, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        self.fdel(instance)


_property = property
import builtins as _builtins
property = _builtins.property


class EnumType(type):
    """The metaclass of enumerations: turns class attributes into members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls, bases)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        enum_base = None
        for b in bases:
            if isinstance(b, EnumType):
                enum_base = b
        if enum_base is None:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError(f'<enum {cls!r}> cannot extend {b!r}')
        member_type = object
        for b in bases:
            for c in b.__mro__:
                if c in (int, str, float, bytes, tuple) and member_type is object:
                    member_type = c
        ns = dict(classdict)
        members = []
        last_values = []
        gen = None
        for b in bases:
            gen = getattr(b, '_generate_next_value_', None)
            if gen is not None:
                break
        if '_generate_next_value_' in ns:
            gen = ns['_generate_next_value_']
            if isinstance(gen, staticmethod):
                gen = gen.__func__
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(key, 1, len(members), last_values[:])
                value = value.value
            elif _is_descriptor(value) or isinstance(value, type):
                continue
            members.append((key, value))
            last_values.append(value)
            del ns[key]
        if boundary is not None:
            ns['_boundary_'] = boundary
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        user_new = classdict.get('__new__')
        user_init = None
        for c in enum_class.__mro__:
            if '__init__' in c.__dict__ and c not in (Enum, object, int, str, float):
                user_init = c.__dict__['__init__']
                break
        for name, value in members:
            args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
            if user_new is not None:
                member = user_new(enum_class, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value
            else:
                if member_type is object:
                    member = object.__new__(enum_class)
                else:
                    member = member_type.__new__(enum_class, *args)
                member._value_ = value if member_type is object else member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            if user_init is not None:
                user_init(member, *args)
            existing = enum_class._value2member_map_.get(value) if _hashable(value) else None
            if existing is None:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        existing = m
                        break
            if existing is not None:
                member = existing
            else:
                enum_class._member_names_.append(name)
                if _hashable(value):
                    enum_class._value2member_map_[value] = member
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        if any(b.__name__ == 'Flag' and b.__module__ == __name__ for b in enum_class.__mro__):
            # Only single-bit members are canonical: iteration and len skip the others.
            enum_class._member_names_ = [
                n for n in enum_class._member_names_
                if isinstance(enum_class._member_map_[n]._value_, int)
                and enum_class._member_map_[n]._value_ > 0
                and enum_class._member_map_[n]._value_ & (enum_class._member_map_[n]._value_ - 1) == 0]
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new_member__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def __new_member__(cls, value):
        if isinstance(value, cls):
            return value
        if _hashable(value) and value in cls._value2member_map_:
            return cls._value2member_map_[value]
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if (isinstance(result, int) and getattr(cls, '_boundary_', None) is EJECT
                and issubclass(cls, Flag)):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                        f'None or a valid member')

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        ns = {}
        if isinstance(names, dict):
            items = list(names.items())
        else:
            items = []
            gen = cls._generate_next_value_
            last = []
            for i, item in enumerate(names):
                if isinstance(item, str):
                    v = gen(item, start, i, last[:])
                    items.append((item, v))
                    last.append(v)
                else:
                    items.append(tuple(item))
        # The class namespace the class statement would use (repeated names are refused).
        ns = EnumType.__prepare__(class_name, bases)
        for k, v in items:
            ns[k] = v
        ns['__module__'] = module or '__main__'
        if qualname is not None:
            ns['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, ns)

    def __repr__(cls):
        flag = any(b.__name__ == 'Flag' and b.__module__ == 'enum' for b in cls.__mro__)
        return f"<{'flag' if flag else 'enum'} {cls.__name__!r}>"

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return any(m._value_ == value for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)


EnumMeta = EnumType


def _hashable(v):
    try:
        hash(v)
        return True
    except TypeError:
        return False


class Enum(metaclass=EnumType):
    """Base class of enumerations: members have .name and .value."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _member_type_ = object

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @_property
    def name(self):
        return self._name_

    @_property
    def value(self):
        return self._value_

    def __repr__(self):
        if self._member_type_ is object:
            vr = repr(self._value_)
        else:
            vr = repr(self._member_type_(self._value_))
        return f'<{type(self).__name__}.{self._name_}: {vr}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type."""

    def __str__(self):
        if self._member_type_ is object:
            return Enum.__str__(self)
        return str(self._member_type_(self._value_))

    def __format__(self, spec):
        if self._member_type_ is object:
            return Enum.__format__(self, spec)
        return format(self._member_type_(self._value_), spec)


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs; auto() gives the lower-cased member name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bits(n):
    """The powers of two in non-negative int n, lowest first."""
    out = []
    while n:
        low = n & -n
        out.append(low)
        n ^= low
    return out


def _bin(num, width=None):
    """`num` in binary with its sign bit apart, as Flag's messages show it: '0b0 0111'
    (two's complement digits for a negative number), padded to `width` digits."""
    n = max(num.bit_length(), 1 if num else 0)
    if width is not None:
        n = max(n, width)
    if num >= 0:
        sign, digits = '0', format(num, 'b').rjust(n, '0') if num else '0' * max(n, 1)
    else:
        sign = '1'
        digits = format(num & ((1 << n) - 1), 'b').rjust(n, '0')
    return '0b%s %s' % (sign, digits)


def show_flag_values(value):
    """The single-bit values that make up `value`, lowest first."""
    return _bits(value)


class FlagBoundary:
    """What Flag(value) does with bits no member has: STRICT refuses them (ValueError),
    CONFORM drops them, EJECT returns a plain int, KEEP keeps them."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum):
    """Members are bit flags combinable with |, &, ^ and ~; combinations are flags too."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = last_values[-1]
        if not isinstance(last, int):
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** last.bit_length() if last > 0 else 1

    @classmethod
    def _flag_mask_(cls):
        mask = 0
        for m in cls._member_map_.values():
            if m._value_ > 0 and m._value_ & (m._value_ - 1) == 0:
                mask |= m._value_
        return mask

    @classmethod
    def _all_bits_(cls):
        mask = 0
        for m in cls._member_map_.values():
            mask |= m._value_
        return mask

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._all_bits_()
        boundary = cls._boundary_
        if value < 0:
            neg = value
            value = (mask + 1 + value) if boundary is not KEEP else value
            if value < 0 and boundary is not KEEP:
                raise ValueError('%r is not a valid %s' % (neg, cls.__qualname__))
        unknown = value & ~mask if value >= 0 else 0
        if unknown:
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _bin(value, width), _bin(mask, width)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
        return cls._pseudo_member_(value)

    @classmethod
    def _pseudo_member_(cls, value):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = []
        covered = 0
        for m in cls._member_map_.values():
            mv = m._value_
            if mv and mv & (mv - 1) == 0 and mv & value == mv and not mv & covered:
                names.append(m._name_)
                covered |= mv
        extra = value & ~covered if value >= 0 else 0
        if not names and value:
            member._name_ = None
        elif extra:
            member._name_ = '|'.join(names + [str(extra)]) if names else None
        else:
            member._name_ = '|'.join(names) if names else None
        member.__objclass__ = cls
        cls._value2member_map_.setdefault(value, member)
        return member

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._member_type_ is not object and self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_() ^ self._value_ & self._flag_mask_())

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        # The single-bit members it contains, in definition order.
        cls = self.__class__
        for name in cls._member_names_:
            m = cls._member_map_[name]
            mv = m._value_
            if mv and mv & (mv - 1) == 0 and mv & self._value_ == mv:
                yield m

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v = repr(self._value_) if self._member_type_ is object else repr(
            self._member_type_(self._value_))
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v)
        return '<%s.%s: %s>' % (cls_name, self._name_, v)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints: ints combine with them, str() is the number."""

    _boundary_ = KEEP

    def __str__(self):
        return int.__str__(int(self._value_))

    def __format__(self, spec):
        return format(int(self._value_), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        mask = self._flag_mask_()
        return self.__class__(mask ^ (self._value_ & mask))

    __hash__ = Flag.__hash__


class EnumCheck(StrEnum):
    """What @verify checks: UNIQUE (no aliases), CONTINUOUS (no missing integer values),
    NAMED_FLAGS (every multi-bit flag made of named flags)."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Class decorator: `@verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)` checks the enumeration
    and raises ValueError naming what is wrong."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        is_flag = issubclass(enumeration, Flag)
        enum_type = 'flag' if is_flag else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(name, member.name)
                           for name, member in enumeration.__members__.items()
                           if name != member.name]
                if aliases:
                    details = ', '.join('%s -> %s' % (a, n) for a, n in aliases)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration.__members__.values())
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if is_flag:
                    # Every power of two between the lowest and highest bit.
                    for i in range(low.bit_length() - 1, high.bit_length()):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                else:
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                if missing:
                    raise ValueError('invalid %s %r: missing values %s' % (
                        enum_type, cls_name, ', '.join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [enumeration._member_map_[n].value for n in member_names]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    value = alias.value
                    if value < 0:
                        continue
                    values = show_flag_values(value)
                    missed = [v for v in values if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if len(show_flag_values(missing_value)) == 1:
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, alias, value))
        return enumeration


def unique(enumeration):
    """Class decorator: ValueError if any member is an alias of another."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


# `enum.property` is the members' descriptor (the builtin one served the class bodies above).
property = _property
