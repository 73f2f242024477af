"""Shallow and deep copies: copy(x), deepcopy(x, memo), with the __copy__/__deepcopy__
hooks and copyreg-free handling of builtin containers and plain class instances.
Written for Molt from the copy module's documentation."""

__all__ = ['Error', 'copy', 'deepcopy', 'replace']

from _molt import instance_state as _own_state, set_instance_state as _set_own_state

# (None while object has no __getstate__ of its own.)
_object_getstate = getattr(object, '__getstate__', None)


class Error(Exception):
    pass


error = Error

def _is_atomic(x):
    return isinstance(x, (type(None), int, float, bool, complex, str, bytes, type, range,
                          type(Ellipsis), type(NotImplemented))) or callable(x) and _is_function(x)


def _is_function(x):
    t = type(x).__name__
    return t in ('function', 'builtin_function_or_method', 'method', 'builtin_method')


def _slot_names(cls):
    names = []
    if not hasattr(cls, '__slots__'):
        return names
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for n in slots:
            if n not in ('__dict__', '__weakref__') and n not in names:
                names.append(n)
    return names


def _instance_state(x):
    # (Read from the instance without asking for its __dict__, which would turn its
    # inline attribute storage into a dict for good.)
    state = _own_state(x)
    if state is None:
        state = dict(getattr(x, '__dict__', {}) or {})
    slots = {}
    for n in _slot_names(type(x)):
        try:
            slots[n] = getattr(x, n)
        except AttributeError:
            pass
    return state, slots


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    return _reconstruct(x, None, copy)


def _deep_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deep_tuple(x, memo):
    items = [deepcopy(a, memo) for a in x]
    # A cycle through the tuple may have copied it already.
    done = memo.get(id(x), _missing)
    if done is not _missing:
        return done
    for a, b in zip(items, x):
        if a is not b:
            return tuple(items)
    return x


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for k, v in x.items():
        y[deepcopy(k, memo)] = deepcopy(v, memo)
    return y


def _deep_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deep_frozenset(x, memo):
    return frozenset(deepcopy(a, memo) for a in x)


def _deep_bytearray(x, memo):
    return bytearray(x)


_missing = object()

# Types whose values deepcopy returns as they are (exact types; subclasses of these take
# the general path below).
_ATOMIC_TYPES = {type(None), int, float, bool, complex, str, bytes, type, range,
                 type(Ellipsis), type(NotImplemented)}

# Exact builtin container types and their deep copiers.
_DEEP_COPIERS = {list: _deep_list, tuple: _deep_tuple, dict: _deep_dict, set: _deep_set,
                 frozenset: _deep_frozenset, bytearray: _deep_bytearray}


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy (shared and cyclic structure
    is preserved)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC_TYPES:
        return x
    copier = _DEEP_COPIERS.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif _is_atomic(x):
        y = x
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _reconstruct(x, memo, deepcopy)
    if y is not x:
        memo[d] = y
        keep = memo.get(id(memo), None)
        if keep is None:
            memo[id(memo)] = [x]
        else:
            keep.append(x)
    return y


def _user_reduce(x):
    """The result of a __reduce_ex__/__reduce__ that x's class (not object) defines."""
    cls = type(x)
    if not hasattr(cls, '__reduce_ex__') and not hasattr(cls, '__reduce__'):
        return None
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return x.__reduce_ex__(4)
        if '__reduce__' in d:
            return x.__reduce__()
    return None


def _set_state(y, state):
    """Gives y the state a reduce or __getstate__ gave: to its __setstate__ when it has
    one, else a dict of attributes, or (attributes, __slots__ values)."""
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None and not _set_own_state(y, state):
        y.__dict__.update(state)
    if slotstate is not None:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _from_reduce(x, rv, memo, copier):
    """Rebuilds x from a reduce value (callable, args[, state[, listitems[, dictitems]]])."""
    if isinstance(rv, str):
        return x
    deep = memo is not None
    func, args = rv[0], rv[1]
    if deep:
        args = copier(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    state = rv[2] if len(rv) > 2 else None
    if state:
        if deep:
            state = copier(state, memo)
        _set_state(y, state)
    if len(rv) > 3 and rv[3] is not None:
        for item in rv[3]:
            y.append(copier(item, memo) if deep else item)
    if len(rv) > 4 and rv[4] is not None:
        for k, v in rv[4]:
            y[copier(k, memo) if deep else k] = copier(v, memo) if deep else v
    return y


def _reconstruct(x, memo, copier):
    cls = type(x)
    rv = _user_reduce(x)
    if rv is not None:
        return _from_reduce(x, rv, memo, copier)
    if isinstance(x, tuple) and hasattr(cls, '_fields'):
        items = [copier(a, memo) if memo is not None else a for a in x]
        return cls(*items)
    if isinstance(x, BaseException):
        # Exceptions rebuild from their __reduce__: (type, args[, state]).
        rv = x.__reduce__()
        args = rv[1] if memo is None else copier(rv[1], memo)
        y = rv[0](*args)
        if memo is not None:
            memo[id(x)] = y
        if len(rv) > 2 and rv[2]:
            y.__dict__.update(rv[2] if memo is None else copier(rv[2], memo))
        return y
    try:
        y = cls.__new__(cls)
    except TypeError:
        raise Error(f'un(deep)copyable object of type {cls}') from None
    if memo is not None:
        memo[id(x)] = y
    # The state: what a __getstate__ of the class (or a base) returns, else the
    # instance's attributes, with its __slots__ values as a second dict when it has any
    # (as object.__getstate__ gives it); restored by __setstate__ when y has one.
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state, slots = _instance_state(x)
        state = (state or None, slots) if slots else (state or None)
    if state is not None:
        if memo is not None:
            state = copier(state, memo)
        _set_state(y, state)
    # Subclasses of list, dict and set: their items, as the reduce protocol copies them.
    deep = memo is not None
    if isinstance(x, list):
        list.extend(y, [copier(a, memo) if deep else a for a in list.__iter__(x)])
    elif isinstance(x, dict):
        for k, v in dict.items(x):
            dict.__setitem__(y, copier(k, memo) if deep else k, copier(v, memo) if deep else v)
    elif isinstance(x, set):
        set.update(y, [copier(a, memo) if deep else a for a in set.__iter__(x)])
    return y


def replace(obj, /, **changes):
    """A copy of obj with fields replaced, via obj.__replace__ (3.13 API, for dataclasses
    and namedtuples here)."""
    cls = type(obj)
    if hasattr(cls, '__dataclass_fields__'):
        import dataclasses
        return dataclasses.replace(obj, **changes)
    if hasattr(obj, '_replace'):
        return obj._replace(**changes)
    raise TypeError(f"replace() does not support {cls.__name__} objects")
