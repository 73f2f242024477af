"""Iterator building blocks (the `itertools` module), written for Molt.

The iterators here are generators (or small classes), so their types and reprs differ
from CPython's C types; their values and errors follow CPython 3.12.
"""

__all__ = [
    'accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
    'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
    'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
    'zip_longest',
]


def _check_number(value, what):
    if isinstance(value, (int, float, complex)):
        return
    t = type(value)
    for name in ('__index__', '__int__', '__float__', '__complex__'):
        if hasattr(t, name):
            return
    raise TypeError('a number is required')


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        _check_number(start, 'start')
        _check_number(step, 'step')
        self._cur = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cur
        self._cur = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._cur,)
        return 'count(%r, %r)' % (self._cur, step)


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object [,times]) -> object repeated times times (or forever)."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if not -9223372036854775808 <= times <= 9223372036854775807:
                raise OverflowError("Python int too large to convert to C ssize_t")
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """chain(*iterables) --> items of each iterable in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    """compress('ABCDEF', [1,0,1,0,1,1]) --> A C E F"""
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    if function is None:
        function = bool
    for x in iterable:
        if not function(x):
            yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._id = object()

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._id = object()
        marker = self._marker
        if self._currkey is marker:
            self._step()
        elif self._tgtkey is not marker:
            while self._currkey == self._tgtkey:
                self._step()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, ident):
        while ident is self._id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


def _islice_arg(value, message):
    if value is None:
        return None
    if not isinstance(value, int):
        meth = getattr(type(value), '__index__', None)
        if meth is None:
            raise ValueError(message)
        value = meth(value)
    if value < 0:
        raise ValueError(message)
    return value


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])"""
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    if nargs == 1:
        start, stop, step = None, args[0], None
    elif nargs == 2:
        start, stop, step = args[0], args[1], None
    else:
        start, stop, step = args
    stop = _islice_arg(stop, _STOP_MSG)
    start = _islice_arg(start, _INDEX_MSG)
    if start is None:
        start = 0
    if step is not None:
        try:
            step = _islice_arg(step, _STEP_MSG)
        except TypeError:
            raise ValueError(_STEP_MSG)
        if step == 0:
            raise ValueError(_STEP_MSG)
    else:
        step = 1
    return _islice_gen(iter(iterable), start, stop, step)


def _islice_gen(it, start, stop, step):
    # Mirrors CPython's consumption: skip up to the next wanted index, stop at `stop`.
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable):
    """pairwise('ABCDEFG') --> AB BC CD DE EF FG"""
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def starmap(function, iterable):
    """Return function(*args) for args in iterable."""
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    """Return successive entries from iterable while predicate(entry) is true."""
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


class _TeeData:
    __slots__ = ('it', 'buf', 'base')

    def __init__(self, it):
        self.it = it
        self.buf = []
        self.base = 0


class _tee:
    """One of the iterators returned by tee()."""

    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        idx = self._pos - data.base
        if idx < len(data.buf):
            value = data.buf[idx]
        else:
            value = next(data.it)
            data.buf.append(value)
        self._pos += 1
        return value

    def __copy__(self):
        return _tee(self._data, self._pos)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(_TeeData(it), 0)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)


def _product_gen(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    """permutations(iterable[, r]) --> successive r-length permutations"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError("Expected int as r")
        _check_r(r)
    return _permutations_gen(pool, n, r)


def _permutations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """combinations(iterable, r) --> successive r-length combinations"""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement(iterable, r) --> r-length combinations, repeats allowed"""
    pool = tuple(iterable)
    _check_r(r)
    return _cwr_gen(pool, r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple(pool[i] for i in indices)


def batched(iterable, n):
    """Batch data into tuples of length n. The last batch may be shorter."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched_gen(iter(iterable), n)


def _batched_gen(it, n):
    while True:
        batch = []
        for _ in range(n):
            try:
                batch.append(next(it))
            except StopIteration:
                break
        if not batch:
            return
        yield tuple(batch)
        if len(batch) < n:
            return
