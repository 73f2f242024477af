"""WeakSet: a set that holds weak references to its elements (re-exported by `weakref`).

Written for Molt from the weakref module's documentation and CPython 3.12's observable
behaviour. An element is forgotten when it dies. The set keeps a Python `set` of weak
references whose callbacks remove them. Molt runs those callbacks at the next call
boundary for instances of Python classes, and not at all for other referents (functions,
classes, sets, generators die silently), so reads do not trust the callbacks alone:
iteration, comparisons and `in` see only live elements, and once the set has held an
element whose death may go unannounced (see `_announces_death`), `len()` counts the live
elements and dead references are dropped lazily. While the set is being iterated,
removals are deferred so that the underlying set does not change size under the iterator.

Known differences from CPython: `copy.copy()` and `copy.deepcopy()` of a WeakSet give an
independent set of the same elements (CPython's copy shares its underlying data with the
original, and its deep copy keeps the original's callbacks).
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


# Classes whose instances are known to announce their death (see _announces_death), by a
# weak reference to the class; bounded, cleared when it grows large.
_announcing = {}


def _announces_death(obj):
    """Whether Molt runs weak-reference callbacks when `obj` dies: true for instances of
    Python classes (whose MRO provides `__weakref__`), false for functions, classes, sets,
    generators, modules and other native objects. Containers holding only announcing
    referents can trust their callbacks for len(); the others check every entry."""
    cls = type(obj)
    try:
        key = ref(cls)
    except TypeError:
        return False
    known = _announcing.get(key)
    if known is None:
        known = False
        if not isinstance(obj, type):
            for c in cls.__mro__:
                if '__weakref__' in c.__dict__:
                    known = True
                    break
        if len(_announcing) > 1000:
            _announcing.clear()
        _announcing[key] = known
    return known


def _live_count(refs):
    """The number of live references in a snapshot of `refs`."""
    n = 0
    for r in list(refs):
        if r() is not None:
            n += 1
    return n


def _set_remover(selfref):
    """The callback of a WeakSet's references: forgets a dead reference (later, if the
    set is being iterated). It holds the set weakly, so that it never keeps it alive."""
    def _remove(item):
        s = selfref()
        if s is not None:
            if s._iterating:
                s._pending.append(item)
            else:
                s.data.discard(item)
    return _remove


class _IterationGuard:
    """Context manager used while a weak container is iterated: removals of dead
    references are queued on the container and done when the last iteration ends."""

    __slots__ = ('_container',)

    def __init__(self, container):
        self._container = ref(container)

    def __enter__(self):
        c = self._container()
        if c is not None:
            c._iterating += 1
        return self

    def __exit__(self, exc_type, exc_value, tb):
        c = self._container()
        if c is not None:
            c._iterating -= 1
            if not c._iterating and c._pending:
                c._commit_removals()


class WeakSet:
    """A set of weakly referenced objects: an element disappears from the set when no
    strong reference to it remains."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _set_remover(ref(self))
        self._pending = []
        self._iterating = 0
        # Set once an element whose death may run no callback was added.
        self._silent = False
        if data is not None:
            self.update(data)

    # -- bookkeeping --------------------------------------------------------------

    def _commit_removals(self):
        pending = self._pending
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    def _purge(self):
        """Drops dead references (unless the set is being iterated)."""
        if self._iterating:
            return
        if self._pending:
            self._commit_removals()
        if self._silent:
            data = self.data
            dead = []
            silent = False
            for r in list(data):
                o = r()
                if o is None:
                    dead.append(r)
                elif not silent and not _announces_death(o):
                    silent = True
            for r in dead:
                data.discard(r)
            # Once the silent elements are gone, the callbacks can be trusted again.
            self._silent = silent

    def _ref(self, item):
        """A reference to `item` with the removal callback, noting silent referents."""
        r = ref(item, self._remove)
        if not self._silent and not _announces_death(item):
            self._silent = True
        return r

    def _live(self):
        """The set of live references (the underlying set itself when possible)."""
        if self._iterating:
            return {r for r in list(self.data) if r() is not None}
        # A call boundary: callbacks of announcing referents that died have run.
        self._purge()
        return self.data

    # -- reading ------------------------------------------------------------------

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    # The caller may drop the element while this generator is suspended.
                    yield item

    def __len__(self):
        if self._iterating:
            return _live_count(self.data)
        # self._purge() is a call: the callbacks of announcing referents that died have
        # run before it.
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        # A dead reference equals only itself, so a live item matches only live entries.
        return wr in self.data

    def __repr__(self):
        return repr(self._live())

    def _extra_state(self):
        """Attributes a subclass added (what copying and pickling carry over)."""
        state = getattr(self, '__dict__', None)
        if state is not None:
            state = {k: v for k, v in state.items()
                     if k not in ('data', '_remove', '_pending', '_iterating', '_silent')}
        return state or None

    def __reduce__(self):
        return (self.__class__, (list(self),), self._extra_state())

    def __copy__(self):
        new = self.__class__(list(self))
        state = self._extra_state()
        if state:
            new.__dict__.update(state)
        return new

    def __deepcopy__(self, memo):
        # The elements are shared, not copied: a copy of an element would have no other
        # reference and would vanish at once (CPython's deepcopy also keeps the originals).
        new = self.__class__(list(self))
        memo[id(self)] = new
        state = self._extra_state()
        if state:
            from copy import deepcopy
            new.__dict__.update(deepcopy(state, memo))
        return new

    __class_getitem__ = classmethod(GenericAlias)

    # -- mutation -----------------------------------------------------------------

    def add(self, item):
        """Add an element to a set. This has no effect if the element is already
        present."""
        if self._pending:
            self._commit_removals()
        self.data.add(self._ref(item))

    def clear(self):
        """Remove all elements from this set."""
        if self._pending:
            self._commit_removals()
        self.data.clear()
        self._silent = False

    def copy(self):
        """Return a shallow copy of a set."""
        return self.__class__(self)

    def pop(self):
        """Remove and return an arbitrary set element. Raises KeyError if the set is
        empty."""
        if self._pending:
            self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        """Remove an element from a set; it must be a member. If the element is not a
        member, raise a KeyError."""
        if self._pending:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        """Remove an element from a set if it is a member. Unlike set.remove(), the
        discard() method does not raise an exception when an element is missing from the
        set."""
        if self._pending:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        """Update a set with the union of itself and others."""
        if self._pending:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        """Return the difference of two sets as a new set."""
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        """Remove all elements of another set from this set."""
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        """Return the intersection of two sets as a new set."""
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        """Update a set with the intersection of itself and another."""
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending:
            self._commit_removals()
        # References with the callback: the intersection may keep the new references
        # rather than the old ones (CPython's does, and then misses the removals).
        self.data.intersection_update(self._ref(item) for item in other)
        return self

    def symmetric_difference(self, other):
        """Return the symmetric difference of two sets as a new set."""
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        """Update a set with the symmetric difference of itself and another."""
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(self._ref(item) for item in other)
        return self

    def union(self, other):
        """Return the union of sets as a new set."""
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    # -- comparisons --------------------------------------------------------------

    def issubset(self, other):
        """Report whether another set contains this set."""
        return self._live().issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self._live() < set(map(ref, other))

    def issuperset(self, other):
        """Report whether this set contains another set."""
        return self._live().issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self._live() > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._live() == other._live()

    __hash__ = None

    def isdisjoint(self, other):
        """Return True if two sets have a null intersection."""
        return len(self.intersection(other)) == 0


def _register():
    # WeakSet is a virtual MutableSet. collections.abc is not imported from here (abc
    # machinery may come to use this module); weakref registers it when this could not.
    import sys
    cabc = sys.modules.get('collections.abc')
    mutable_set = getattr(cabc, 'MutableSet', None)
    if mutable_set is not None:
        mutable_set.register(WeakSet)


_register()
del _register
