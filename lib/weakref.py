"""Weak references: references that do not keep their referent alive.

Written for Molt from the weakref module's documentation and CPython 3.12's observable
behaviour. `ref` (ReferenceType), `getweakrefcount` and the reference table come from the
native `_weakref` module; everything else is Python:

- proxy() / ProxyType / CallableProxyType: objects that forward attribute access,
  operators and calls to a weakly referenced object and raise ReferenceError once it died.
- WeakMethod: a weak reference to a bound method (the object and the function).
- WeakValueDictionary, WeakKeyDictionary, WeakSet (from _weakrefset): containers whose
  entries go away with their referents.
- finalize: a callback run once when an object dies (or at exit).

Molt runs weak-reference callbacks at the interpreter's next call boundary, and not at all
for some referents (functions, classes, sets, generators), so the containers never trust
them alone: every read checks that the referent is alive and dead entries are dropped
lazily; a finalizer whose referent died silently runs when that is noticed (alive, peek,
detach) or at exit.

A proxy is a Python object holding a reference whose callback (a _ProxyCallback) knows the
proxy, so getweakrefcount() counts proxies and getweakrefs() lists them as CPython does.

Known differences from CPython: `ref` cannot be subclassed, so WeakMethod is not a `ref`
subclass (isinstance(wm, ref) is False) and there is no KeyedRef (valuerefs() gives plain
references); a proxy can itself be weakly referenced; type names in the interpreter's own
messages read 'ProxyType' where CPython says 'weakref.ProxyType'.
"""

import sys
import itertools
import operator as _operator
from types import GenericAlias as _GenericAlias

from _weakref import (
    ref,
    getweakrefcount,
    getweakrefs as _getweakrefs,
    ReferenceType,
)
from _weakrefset import WeakSet, _IterationGuard, _announces_death

import collections.abc as _collections_abc

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

_collections_abc.MutableSet.register(WeakSet)


# ---------------------------------------------------------------------------------------
# Proxies

_DEAD = 'weakly-referenced object no longer exists'


class _ProxyCallback:
    """The callback of a proxy's internal reference: calls the user's callback with the
    proxy (held weakly, so that proxy and reference do not keep each other alive)."""

    __slots__ = ('owner', 'callback')

    def __init__(self, owner, callback):
        self.owner = owner
        self.callback = callback

    def __call__(self, wr):
        cb = self.callback
        if cb is not None:
            p = self.owner()
            if p is not None:
                cb(p)

    def __repr__(self):
        # Reported as the failing callback when it raises ("Exception ignored in: ...").
        return repr(self.callback)


_get_slot = object.__getattribute__


def _unwrap(p):
    """The referent of proxy `p`, or ReferenceError when it died."""
    o = _get_slot(p, '_ref')()
    if o is None:
        raise ReferenceError(_DEAD)
    return o


def _peel(x):
    """`x`, or its referent if `x` is a proxy (operators see through proxies)."""
    if type(x) in ProxyTypes:
        return _unwrap(x)
    return x


def _proxy_namespace(name, callable_):
    ns = {'__slots__': ('_ref', '__weakref__'), '__module__': 'weakref',
          '__qualname__': name, '__doc__': None}

    def add(f, fname):
        f.__name__ = fname
        f.__qualname__ = name + '.' + fname
        ns[fname] = f

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)
    add(__new__, '__new__')
    ns['__new__'] = staticmethod(__new__)

    def __getattribute__(self, attr):
        return getattr(_unwrap(self), attr)
    add(__getattribute__, '__getattribute__')

    def __setattr__(self, attr, value):
        setattr(_unwrap(self), attr, value)
    add(__setattr__, '__setattr__')

    def __delattr__(self, attr):
        delattr(_unwrap(self), attr)
    add(__delattr__, '__delattr__')

    def __repr__(self):
        o = _get_slot(self, '_ref')()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(o).__name__, id(o))
    add(__repr__, '__repr__')

    def __str__(self):
        return str(_unwrap(self))
    add(__str__, '__str__')

    def __format__(self, spec):
        if spec:
            raise TypeError('unsupported format string passed to weakref.%s.__format__'
                            % name)
        return str(self)
    add(__format__, '__format__')

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % name)
    add(__hash__, '__hash__')

    def __dir__(self):
        return dir(_unwrap(self))
    add(__dir__, '__dir__')

    def __bool__(self):
        return bool(_unwrap(self))
    add(__bool__, '__bool__')

    def __len__(self):
        return len(_unwrap(self))
    add(__len__, '__len__')

    def __iter__(self):
        return iter(_unwrap(self))
    add(__iter__, '__iter__')

    def __next__(self):
        o = _unwrap(self)
        if not hasattr(type(o), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(o).__name__)
        return next(o)
    add(__next__, '__next__')

    def __contains__(self, item):
        return item in _unwrap(self)
    add(__contains__, '__contains__')

    def __getitem__(self, key):
        return _unwrap(self)[_peel(key)]
    add(__getitem__, '__getitem__')

    def __setitem__(self, key, value):
        _unwrap(self)[key] = value
    add(__setitem__, '__setitem__')

    def __delitem__(self, key):
        del _unwrap(self)[key]
    add(__delitem__, '__delitem__')

    def __index__(self):
        return _operator.index(_unwrap(self))
    add(__index__, '__index__')

    def __int__(self):
        return int(_unwrap(self))
    add(__int__, '__int__')

    def __float__(self):
        return float(_unwrap(self))
    add(__float__, '__float__')

    def __neg__(self):
        return -_unwrap(self)
    add(__neg__, '__neg__')

    def __pos__(self):
        return +_unwrap(self)
    add(__pos__, '__pos__')

    def __abs__(self):
        return abs(_unwrap(self))
    add(__abs__, '__abs__')

    def __invert__(self):
        return ~_unwrap(self)
    add(__invert__, '__invert__')

    def __pow__(self, other, mod=None):
        return pow(_unwrap(self), _peel(other), _peel(mod))
    add(__pow__, '__pow__')

    def __rpow__(self, other, mod=None):
        return pow(_peel(other), _unwrap(self), _peel(mod))
    add(__rpow__, '__rpow__')

    def __ipow__(self, other):
        o = _unwrap(self)
        o **= _peel(other)
        return o
    add(__ipow__, '__ipow__')

    def __divmod__(self, other):
        return divmod(_unwrap(self), _peel(other))
    add(__divmod__, '__divmod__')

    def __rdivmod__(self, other):
        return divmod(_peel(other), _unwrap(self))
    add(__rdivmod__, '__rdivmod__')

    for opname, op, iop in _BINARY:
        _add_binary(add, opname, op, iop)

    # Rich comparisons compare the referents (both sides are unwrapped).
    for opname, op in _COMPARE:
        _add_compare(add, opname, op)

    if callable_:
        def __call__(self, *args, **kwargs):
            return _unwrap(self)(*args, **kwargs)
        add(__call__, '__call__')
    else:
        def __bytes__(self):
            return _unwrap(self).__bytes__()
        add(__bytes__, '__bytes__')

        def __reversed__(self):
            return _unwrap(self).__reversed__()
        add(__reversed__, '__reversed__')
    return ns


def _add_binary(add, opname, op, iop):
    def forward(self, other):
        return op(_unwrap(self), _peel(other))
    add(forward, '__%s__' % opname)

    def reflected(self, other):
        return op(_peel(other), _unwrap(self))
    add(reflected, '__r%s__' % opname)

    def inplace(self, other):
        return iop(_unwrap(self), _peel(other))
    add(inplace, '__i%s__' % opname)


def _add_compare(add, opname, op):
    def compare(self, other):
        return op(_unwrap(self), _peel(other))
    add(compare, '__%s__' % opname)


_o = _operator
# Binary operators: (name, operator, in-place operator).
_BINARY = [
    ('add', _o.add, _o.iadd), ('sub', _o.sub, _o.isub), ('mul', _o.mul, _o.imul),
    ('matmul', _o.matmul, _o.imatmul), ('truediv', _o.truediv, _o.itruediv),
    ('floordiv', _o.floordiv, _o.ifloordiv), ('mod', _o.mod, _o.imod),
    ('lshift', _o.lshift, _o.ilshift), ('rshift', _o.rshift, _o.irshift),
    ('and', _o.and_, _o.iand), ('xor', _o.xor, _o.ixor), ('or', _o.or_, _o.ior),
]
_COMPARE = [('lt', _o.lt), ('le', _o.le), ('eq', _o.eq), ('ne', _o.ne), ('gt', _o.gt),
            ('ge', _o.ge)]
del _o

# Two unrelated classes, as in CPython: CallableProxyType adds __call__ and lacks
# __bytes__ and __reversed__.
ProxyType = type('ProxyType', (), _proxy_namespace('ProxyType', False))
CallableProxyType = type('CallableProxyType', (),
                         _proxy_namespace('CallableProxyType', True))
ProxyTypes = (ProxyType, CallableProxyType)
del _BINARY, _COMPARE, _proxy_namespace, _add_binary, _add_compare


def proxy(*args, **kwargs):
    """proxy(obj, callback=None, /): a proxy forwarding to obj through a weak reference;
callback, if given, is called with the proxy when obj dies."""
    if kwargs:
        raise TypeError('proxy() takes no keyword arguments')
    if not args:
        raise TypeError('proxy expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('proxy expected at most 2 arguments, got %d' % len(args))
    obj = args[0]
    callback = args[1] if len(args) == 2 else None
    if callback is None:
        # Without a callback, the same proxy is handed out again while it lives.
        for r in _getweakrefs(obj):
            cb = r.__callback__
            if type(cb) is _ProxyCallback and cb.callback is None:
                p = cb.owner()
                if p is not None:
                    return p
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    r = ref(obj, _ProxyCallback(ref(p), callback))
    object.__setattr__(p, '_ref', r)
    return p


def getweakrefs(obj):
    """The weak references and proxies that currently point to obj."""
    # CPython's order: the plain reference, the plain proxy, then the others newest first.
    plain = []
    others = []
    for r in _getweakrefs(obj):
        cb = r.__callback__
        t = type(cb)
        if cb is None:
            plain.insert(0, r)
        elif t is _ProxyCallback or (t is _MethodCallback and cb.primary):
            owner = cb.owner()
            if owner is None:
                continue
            if t is _ProxyCallback and cb.callback is None:
                plain.append(owner)
            else:
                others.append(owner)
        else:
            others.append(r)
    others.reverse()
    return plain + others


# ---------------------------------------------------------------------------------------
# WeakMethod

class _MethodCallback:
    """The callback of a WeakMethod's references (to the object and to the function)."""

    __slots__ = ('owner', 'callback', 'primary')

    def __init__(self, owner, callback, primary):
        self.owner = owner
        self.callback = callback
        self.primary = primary

    def __call__(self, wr):
        wm = self.owner()
        if wm is not None and wm._alive:
            wm._alive = False
            cb = self.callback
            if cb is not None:
                cb(wm)

    def __repr__(self):
        return repr(self.callback)


class WeakMethod:
    """A weak reference to a bound method. A bound method is usually a temporary object,
    so this references its object and its function instead; calling it makes a new bound
    method, or returns None once either of them died."""

    __slots__ = ('_obj_ref', '_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        self = object.__new__(cls)
        me = ref(self)
        self._obj_ref = ref(obj, _MethodCallback(me, callback, True))
        self._func_ref = ref(func, _MethodCallback(me, callback, False))
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    @property
    def __callback__(self):
        cb = self._obj_ref.__callback__
        return None if cb is None else cb.callback

    def _live(self):
        return self._alive and self._obj_ref() is not None and self._func_ref() is not None

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._live() or not other._live():
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        if type(other) is ref:
            return self._obj_ref == other
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._live() or not other._live():
                return self is not other
            return self._obj_ref != other._obj_ref or self._func_ref != other._func_ref
        if type(other) is ref:
            return self._obj_ref != other
        return NotImplemented

    def __hash__(self):
        return hash(self._obj_ref)

    def __repr__(self):
        o = self._obj_ref()
        if o is None:
            return '<weakref at %#x; dead>' % id(self)
        try:
            name = o.__name__
        except Exception:
            name = None
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (id(self), type(o).__name__,
                                                              id(o), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------------------
# Dictionaries

def _value_ref(selfref, key, value):
    """A weak reference to a WeakValueDictionary's value whose callback forgets `key`."""
    def _remove(wr):
        d = selfref()
        if d is not None:
            if d._iterating:
                d._pending.append(key)
            else:
                d._forget(key)
    return ref(value, _remove)


def _key_remover(selfref):
    """The callback of a WeakKeyDictionary's key references."""
    def _remove(wr):
        d = selfref()
        if d is not None:
            if d._iterating:
                d._pending.append(wr)
            else:
                try:
                    del d.data[wr]
                except KeyError:
                    pass
    return _remove


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its value
    dies."""

    def __init__(self, other=(), /, **kw):
        self._selfref = ref(self)
        self._pending = []
        self._iterating = 0
        # Set once a value whose death may run no callback was stored (len() then checks
        # every entry).
        self._silent = False
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        if self._silent:
            # A dead entry whose callback never ran: drop it, so that the key goes to
            # the end of the order as it would after the removal.
            old = self.data.get(key)
            if old is not None and old() is None and not self._iterating:
                del self.data[key]
        elif not _announces_death(value):
            self._silent = True
        return _value_ref(self._selfref, key, value)

    def _forget(self, key):
        """Removes `key` if its value is dead."""
        data = self.data
        wr = data.get(key)
        if wr is not None and wr() is None:
            del data[key]

    def _commit_removals(self):
        pending = self._pending
        while pending:
            self._forget(pending.pop())

    def _purge(self):
        if self._iterating:
            return
        if self._pending:
            self._commit_removals()
        if self._silent:
            data = self.data
            silent = False
            for key, wr in list(data.items()):
                o = wr()
                if o is None:
                    if data.get(key) is wr:
                        del data[key]
                elif not silent and not _announces_death(o):
                    silent = True
            # Once the silent values are gone, the callbacks can be trusted again.
            self._silent = silent

    def __getitem__(self, key):
        if self._pending:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            if not self._iterating:
                self._forget(key)
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending:
            self._commit_removals()
        if self.data.pop(key)() is None:
            # The value died without its callback having run yet: the entry was gone.
            raise KeyError(key)

    def __len__(self):
        if self._iterating:
            n = 0
            for wr in list(self.data.values()):
                if wr() is not None:
                    n += 1
            return n
        self._purge()
        return len(self.data)

    def __contains__(self, key):
        if self._pending:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending:
            self._commit_removals()
        self.data[key] = self._ref(key, value)

    def copy(self):
        if self._pending:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        if self._pending:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            # This happens if the value died and its callback has not run (or never does).
            return default
        return o

    def items(self):
        if self._pending:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        if self._pending:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        """Iterate over weak references to the values. A value may die after its
        reference was produced: call the reference and check for None."""
        if self._pending:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                if wr() is not None:
                    yield wr

    def values(self):
        if self._pending:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def popitem(self):
        if self._pending:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending:
                self._commit_removals()
            self.data[key] = self._ref(key, default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, o in other.items():
                d[key] = self._ref(key, o)
        for key, o in kwargs.items():
            d[key] = self._ref(key, o)

    def valuerefs(self):
        """A list of weak references to the values (check each call's result for
        None: a value may die later)."""
        if self._pending:
            self._commit_removals()
        return [wr for wr in list(self.data.values()) if wr() is not None]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key dies.
    Useful to attach data to objects owned elsewhere without touching them."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_remover(ref(self))
        self._pending = []
        self._iterating = 0
        # Set once a key whose death may run no callback was stored (len() then checks
        # every entry).
        self._silent = False
        if dict is not None:
            self.update(dict)

    def _ref(self, key):
        r = ref(key, self._remove)
        if not self._silent and not _announces_death(key):
            self._silent = True
        return r

    def _commit_removals(self):
        pending = self._pending
        data = self.data
        while pending:
            try:
                del data[pending.pop()]
            except KeyError:
                pass

    def _purge(self):
        if self._iterating:
            return
        if self._pending:
            self._commit_removals()
        if self._silent:
            data = self.data
            silent = False
            for wr in list(data):
                o = wr()
                if o is None:
                    data.pop(wr, None)
                elif not silent and not _announces_death(o):
                    silent = True
            # Once the silent keys are gone, the callbacks can be trusted again.
            self._silent = silent

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._iterating:
            n = 0
            for wr in list(self.data):
                if wr() is not None:
                    n += 1
            return n
        self._purge()
        return len(self.data)

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[self._ref(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                o = wr()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of weak references to the keys (check each call's result for
        None: a key may die later)."""
        return [wr for wr in list(self.data) if wr() is not None]

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._ref(key), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                d[self._ref(key)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


# ---------------------------------------------------------------------------------------
# finalize

class _FinalizerState:
    __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')


class finalize:
    """finalize(obj, func, /, *args, **kwargs): a finalizer that calls
    func(*args, **kwargs) once, when obj dies or when the finalizer itself is called
    (whichever comes first), and returns its result; later calls return None. Finalizers
    still alive at exit run then, newest first, if their `atexit` attribute is true (the
    default)."""

    __slots__ = ()
    # Live finalizers -> their records. The registry keeps a finalizer alive until it has
    # run or been detached.
    _registry = {}
    _shutdown = False
    _counter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            # Registered lazily (atexit handlers run last-registered first).
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        rec = _FinalizerState()
        rec.weakref = ref(obj, self)
        rec.func = func
        rec.args = args
        rec.kwargs = kwargs or None
        rec.atexit = True
        rec.index = next(self._counter)
        self._registry[self] = rec
        finalize._dirty = True

    def __call__(self, _=None):
        """Run the finalizer once (returning func's result); None afterwards."""
        rec = self._registry.pop(self, None)
        if rec is not None and not self._shutdown:
            return rec.func(*rec.args, **(rec.kwargs or {}))

    def _live_record(self):
        """The record of a finalizer whose referent lives. A finalizer whose referent
        died but that has not run (its callback is pending, or Molt runs none for this
        kind of object) runs now, as it would have at the death."""
        rec = self._registry.get(self)
        if rec is not None and rec.weakref() is None:
            try:
                self()
            except Exception as exc:
                _report_unraisable(self, exc)
            return None
        return rec

    def detach(self):
        """Kill the finalizer without running it: (obj, func, args, kwargs), or None
        if it was not alive."""
        rec = self._live_record()
        obj = rec.weakref() if rec is not None else None
        if obj is not None and self._registry.pop(self, None) is not None:
            return (obj, rec.func, rec.args, rec.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        rec = self._live_record()
        obj = rec.weakref() if rec is not None else None
        if obj is not None:
            return (obj, rec.func, rec.args, rec.kwargs or {})

    @property
    def alive(self):
        """True until the finalizer has run or been detached."""
        return self._live_record() is not None

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive then."""
        rec = self._registry.get(self)
        return bool(rec) and rec.atexit

    @atexit.setter
    def atexit(self, value):
        rec = self._registry.get(self)
        if rec is not None:
            rec.atexit = bool(value)

    def __repr__(self):
        rec = self._registry.get(self)
        obj = rec.weakref() if rec is not None else None
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                    type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # Finalizers to run at exit, oldest first: those whose atexit flag is set, and
        # those whose referent died without its callback having run.
        chosen = [(rec.index, f) for f, rec in list(cls._registry.items())
                  if rec.atexit or rec.weakref() is None]
        chosen.sort(key=lambda item: item[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Runs the remaining finalizers, newest first; finalizers created meanwhile are
        # taken into account.
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        _report_exception(*sys.exc_info())
        finally:
            finalize._shutdown = True


def _report_unraisable(obj, exc):
    """Reports an exception nobody can catch ("Exception ignored in: ...")."""
    stream = sys.stderr
    try:
        what = repr(obj)
    except Exception:
        what = '<object repr() failed>'
    try:
        stream.write('Exception ignored in: %s\n' % what)
        import traceback
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=stream)
    except Exception:
        pass


def _report_exception(exc_type, exc, tb):
    hook = getattr(sys, 'excepthook', None)
    if hook is not None:
        hook(exc_type, exc, tb)
        return
    import traceback
    traceback.print_exception(exc_type, exc, tb)
