"""Abstract base classes: ABCMeta, ABC, abstractmethod, register() for virtual subclasses,
__subclasshook__, and the refusal to instantiate a class with abstract methods, with
CPython 3.12's messages. Written for Molt from the abc module's documentation."""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

_token = [0]


def abstractmethod(funcobj):
    """Mark a method abstract: a class with one cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ (after methods were added or removed)."""
    if not hasattr(cls, '__abstractmethods__') and not isinstance(cls, ABCMeta):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    type.__setattr__(cls, '__abstractmethods__', frozenset(abstracts))
    return cls


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        update_abstractmethods(cls)
        type.__setattr__(cls, '_abc_registry', [])
        # Answers of __subclasscheck__: positive ones hold until the class changes; negative
        # ones until any register() (the cache token) changes.
        type.__setattr__(cls, '_abc_cache', set())
        type.__setattr__(cls, '_abc_negative_cache', set())
        type.__setattr__(cls, '_abc_negative_cache_version', _token[0])
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get('__abstractmethods__')
        if abstracts:
            names = sorted(abstracts)
            plural = 's' if len(names) > 1 else ''
            listed = ', '.join(repr(n) for n in names)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an "
                            f"implementation for abstract method{plural} {listed}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register subclass as a virtual subclass of cls; returns subclass."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        if cls.__subclasscheck__(subclass):
            return True
        sub2 = getattr(instance, '__class__', subclass)
        return sub2 is not subclass and cls.__subclasscheck__(sub2)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        d = cls.__dict__
        cache = d.get('_abc_cache')
        if cache is None:
            return cls._abc_check(subclass)
        if subclass in cache:
            return True
        neg = d['_abc_negative_cache']
        if d['_abc_negative_cache_version'] != _token[0]:
            neg.clear()
            type.__setattr__(cls, '_abc_negative_cache_version', _token[0])
        elif subclass in neg:
            return False
        ok = cls._abc_check(subclass)
        (cache if ok else neg).add(subclass)
        return ok

    def _abc_check(cls, subclass):
        # Some Molt builtin types (e.g. list_iterator) report an empty __mro__.
        if cls in (getattr(subclass, '__mro__', ()) or (subclass, object)):
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for rcls in cls.__dict__.get('_abc_registry', ()):
            if subclass is rcls or issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if scls is not cls and issubclass(subclass, scls):
                return True
        return False

    def _abc_caches_clear(cls):
        """Forget the cached answers of issubclass() for this class."""
        cls.__dict__['_abc_cache'].clear()
        cls.__dict__['_abc_negative_cache'].clear()

    def _abc_registry_clear(cls):
        """Forget the virtual subclasses registered with this class."""
        cls.__dict__['_abc_registry'].clear()
        cls._abc_caches_clear()

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered."""
    return _token[0]


class ABC(metaclass=ABCMeta):
    """Helper base class: `class C(ABC)` makes C an abstract base class."""
    __slots__ = ()
