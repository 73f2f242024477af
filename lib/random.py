"""Pseudo-random numbers with the interface and the sequences of CPython 3.12's `random`.

Written for Molt from the documentation of the random module, the published algorithms
(Matsumoto and Nishimura's MT19937; Kinderman-Monahan, Box-Muller, Cheng, Ahrens-Dieter,
Best-Fisher, Devroye and Hormann's BTRS for the distributions) and CPython's observable
behaviour: for the same seed every function returns what CPython 3.12 returns.

Speed notes. The Mersenne Twister state lives in one big integer of 624 32-bit lanes, so a
twist and the tempering of a whole block are a few dozen big-integer operations instead of
thousands of interpreted ones. From the tempered block, the doubles that random() returns
are assembled lane-wise too: for each pair of words, the bit pattern of 0.5 + m/2**53 (m the
53-bit integer the pair makes), negated when m < 2**52, so the value m/2**53 is the entry
itself when positive and -0.5 - entry (exact) when negative; one memoryview cast reads them
all out. random() is then a list read and a sign test. Integer draws read the tempered
words from a list."""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from math import lgamma as _lgamma, fabs as _fabs, log2 as _log2
from sys import byteorder as _BYTEORDER
try:
    from _os import urandom as _urandom     # Molt's native os primitives (os is slower to import)
except ImportError:
    from os import urandom as _urandom

__all__ = ['Random', 'SystemRandom', 'betavariate', 'binomialvariate', 'choice', 'choices',
           'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate',
           'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint',
           'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular',
           'uniform', 'vonmisesvariate', 'weibullvariate']


def _index(x):
    """operator.index(x), natively: range() applies __index__ with CPython's errors."""
    return range(x).stop


def _bisect(a, x, lo=0, hi=None):
    """bisect.bisect_right(a, x, lo, hi)."""
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _accumulate(values):
    """list(itertools.accumulate(values))."""
    out = []
    total = None
    for v in values:
        total = v if not out else total + v
        out.append(total)
    return out


NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1

# ---------------------------------------------------------------------------------------
# MT19937 on 624 lanes of 32 bits packed into one int (word i at bits 32*i .. 32*i+31).

_N = 624
_MAG = 0x9908b0df
_BLOCK_BYTES = _N * 4


def _lanes(value, width, count):
    """`value` repeated in `count` lanes of `width` bits."""
    return value * (((1 << (width * count)) - 1) // ((1 << width) - 1))


_MASK623 = (1 << (32 * 623)) - 1
_UPPER = _lanes(0x80000000, 32, 623)
_LOWER = _lanes(0x7fffffff, 32, 623)
_LOW1 = _lanes(1, 32, 623)
_TEMPER_A = _lanes(0x001fffff, 32, _N)
_TEMPER_B = _lanes(0x9d2c5680, 32, _N)
_TEMPER_C = _lanes(0xefc60000, 32, _N)
_TEMPER_D = _lanes(0x00003fff, 32, _N)
# Lanes of 64 bits (two words) for the doubles of random().
_HI27 = _lanes(0xffffffe0, 64, 312)
_LO26 = _lanes(0x03ffffff, 64, 312)
_FRAC52 = _lanes((1 << 52) - 1, 64, 312)
_HALVES = _lanes(0x3fe0000000000000, 64, 312)      # the double 0.5 in each lane
_BIT0_64 = _lanes(1, 64, 312)

# The float table of random(): the entry for the pair of words starting at word i at index
# i; None where not computed yet (and always at 623 and 624, where random() takes the slow
# path). _NO_FLOATS is the shared all-None table of a fresh block.
_NO_FLOATS = [None] * (_N + 1)


def _twist(s):
    """The MT19937 recurrence over a whole block, on the packed state `s`.

    New word k is mt[k+397] ^ v[k] with v[k] = (y >> 1) ^ (0x9908b0df if y is odd) and
    y = the top bit of mt[k] with the low 31 bits of mt[k+1]. For k < 623, y reads old words
    only, so every v[k] comes from one set of lane operations. mt[k+397] is an old word for
    k < 227 and the new word k - 227 after that, so with w = v ^ (old words 397..623 in
    lanes 0..226) the new words 0..622 are w ^ (w shifted up 227 lanes) ^ (w shifted up
    454 lanes). Word 623 reads the new words 0 and 396."""
    above = s >> 32                                         # lane k: mt[k+1]
    y = (s & _UPPER) | (above & _LOWER)
    w = ((y >> 1) & _LOWER) ^ ((above & _LOW1) * _MAG) ^ (s >> 12704)
    new = (w ^ (w << 7264) ^ (w << 14528)) & _MASK623
    y = ((s >> 19936) & 0x80000000) | (new & 0x7fffffff)
    last = ((new >> 12672) & 0xffffffff) ^ (y >> 1)        # new word 396
    if y & 1:
        last ^= _MAG
    return new | (last << 19936)


def _temper(s):
    """MT19937's tempering applied to all 624 lanes at once."""
    s ^= (s >> 11) & _TEMPER_A
    s ^= (s << 7) & _TEMPER_B
    s ^= (s << 15) & _TEMPER_C
    s ^= (s >> 18) & _TEMPER_D
    return s


def _words(s, count=_N):
    """The `count` 32-bit lanes of `s` as a list of ints."""
    words = memoryview(s.to_bytes(count * 4, _BYTEORDER)).cast('I', (1, count)).tolist()[0]
    if _BYTEORDER != 'little':
        words.reverse()
    return words


_HEX_BLOCK = '%08x' * _N


def _pack(words):
    """A list of 624 32-bit ints packed into lanes (the inverse of _words); through one
    hex string, the quickest way in Molt."""
    return int(_HEX_BLOCK % tuple(reversed(words)), 16)


def _genrand_init(s):
    """init_genrand of MT19937: the 624 words of the state seeded with the 32-bit s."""
    mt = [s]
    append = mt.append
    prev = s
    for i in range(1, _N):
        prev = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xffffffff
        append(prev)
    return mt


_GENRAND_19650218 = _genrand_init(19650218)


def _init_by_array(key):
    """init_by_array of MT19937: the 624 state words for a key of 32-bit words. Each word
    mixes in the one before it, cycling over positions 1..623 (word 0 takes a copy of word
    623 at each wrap); the loops run over position segments to keep the wrap test out of
    the inner loop."""
    mt = _GENRAND_19650218[:]
    mask = 0xffffffff
    klen = len(key)
    rounds = _N if _N > klen else klen
    if klen == 1:
        extra = [key[0]] * rounds
    else:
        extra = (key * (rounds // klen + 1))[:rounds]
        for j in range(rounds):
            extra[j] += j % klen
    prev = mt[0]
    i = 1
    t = 0
    while t < rounds:
        stop = i + (rounds - t)
        if stop > _N:
            stop = _N
        for k in range(i, stop):
            prev = ((mt[k] ^ ((prev ^ (prev >> 30)) * 1664525)) + extra[t]) & mask
            mt[k] = prev
            t += 1
        i = stop
        if i == _N:
            mt[0] = prev
            i = 1
    left = _N - 1
    while left:
        stop = i + left
        if stop > _N:
            stop = _N
        for k in range(i, stop):
            prev = ((mt[k] ^ ((prev ^ (prev >> 30)) * 1566083941)) - k) & mask
            mt[k] = prev
        left -= stop - i
        i = stop
        if i == _N:
            mt[0] = prev
            i = 1
    mt[0] = 0x80000000
    return mt


def _float_table(tb, parity):
    """For the tempered block `tb`, entry j encodes the double drawn from words
    (2j+parity, 2j+parity+1): m/2**53 with m = (first >> 5) << 26 | (second >> 6).

    The entry is the double 0.5 + (m mod 2**52)/2**53: exactly m/2**53 when bit 52 of m is
    set; otherwise m/2**53 is that minus 0.5 (exact, both in [0.5, 1)), and the entry is
    stored negated to say so."""
    if parity:
        tb >>= 32
    m = ((tb & _HI27) << 21) | ((tb >> 38) & _LO26)
    y = (m & _FRAC52) | _HALVES | ((((m >> 52) & _BIT0_64) ^ _BIT0_64) << 63)
    table = memoryview(y.to_bytes(2496, _BYTEORDER)).cast('d', (1, 312)).tolist()[0]
    if _BYTEORDER != 'little':
        table.reverse()
    if parity:
        del table[311:]
    return table


class Random:
    """Random number generator base class used by the module-level functions.

    The core generator is the Mersenne Twister (MT19937), seeded and consumed the way
    CPython does. A subclass may override random(), seed(), getstate() and setstate();
    overriding getrandbits() as well lets randrange() cover arbitrarily large ranges."""

    VERSION = 3

    # The state of an instance that was never seeded: all words zero, as in CPython.
    _s = 0              # the 624 state words, packed
    _tb = 0             # the same words tempered (the outputs of the current block)
    _i = 0              # index of the next word of the block; 624 = twist first
    _t = None           # the tempered words as a list, made on demand
    _z = _NO_FLOATS     # the float table of random(), indexed by word position

    def __init__(self, x=None):
        """Initialize an instance; the optional argument x is the seed, as for seed()."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        """Pick how a subclass draws integers below n: with its own getrandbits() when it
        defines one, from its random() when it only defines that, and inherited otherwise."""
        super().__init_subclass__(**kwargs)
        for klass in cls.__mro__:
            d = klass.__dict__
            if '_randbelow' in d:
                break
            if 'getrandbits' in d:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in d:
                cls._randbelow = cls._randbelow_without_getrandbits
                break
        # Some methods inline the generator for speed; they stand only while the class
        # draws with Random's own generator (and, for randint, its own randrange).
        slow = set()
        if cls._randbelow is not Random._randbelow:
            slow.update(('randint', 'choice', 'shuffle'))
        if cls.randrange is not Random.randrange:
            slow.add('randint')
        if cls.random is not Random.random:
            slow.add('uniform')
        for name in slow:
            if getattr(cls, name) is getattr(Random, name):
                setattr(cls, name, _GENERIC[name])

    # ---- the generator ----

    def _load(self, s, index):
        self._s = s
        self._tb = _temper(s)
        self._i = index
        self._t = None
        self._z = _NO_FLOATS

    def _next_block(self):
        s = self._s = _twist(self._s)
        self._tb = _temper(s)
        self._i = 0
        self._t = None
        self._z = _NO_FLOATS

    def _tempered(self):
        """The list of tempered words of the current block, twisting first if it is used up."""
        if self._i >= _N:
            self._next_block()
        t = self._t
        if t is None:
            t = self._t = _words(self._tb)
        return t

    def _word(self):
        t = self._tempered()
        i = self._i
        self._i = i + 1
        return t[i]

    def random(self):
        """Return the next random float in the interval [0.0, 1.0)."""
        i = self._i
        z = self._z
        y = z[i]
        if y is None:
            return self._random_refill()
        self._i = i + 2
        if y > 0.0:
            return y
        return -0.5 - y

    def _random_refill(self):
        i = self._i
        if i == _N:
            self._next_block()
            i = 0
        if i < _N - 1:
            # First float at this word parity in the block: make the table.
            z = self._z
            if z is _NO_FLOATS:
                z = self._z = [None] * (_N + 1)
            p = i & 1
            z[p:_N - 1:2] = _float_table(self._tb, p)
            self._i = i + 2
            y = z[i]
            return y if y > 0.0 else -0.5 - y
        # The two words straddle a twist.
        a = self._word() >> 5
        b = self._word() >> 6
        return (a * 67108864.0 + b) * RECIP_BPF

    def getrandbits(self, k):
        """Return a non-negative int with k random bits (words drawn low to high)."""
        if type(k) is not int:
            k = _index(k)
        if 0 < k <= 32:
            t = self._t
            i = self._i
            if t is None or i >= 624:
                t = self._tempered()
                i = self._i
            self._i = i + 1
            return t[i] >> (32 - k)
        if k <= 0:
            if k == 0:
                return 0
            if k < -0x80000000:
                raise OverflowError('Python int too large to convert to C int')
            raise ValueError('number of bits must be non-negative')
        if k > 0x7fffffff:
            raise OverflowError('Python int too large to convert to C int')
        nwords = (k + 31) >> 5
        chunks = []
        need = nwords
        while need:
            if self._i >= _N:
                self._next_block()
            i = self._i
            take = _N - i
            if take > need:
                take = need
            chunk = self._tb >> (32 * i)
            if take < _N - i:
                chunk &= (1 << (32 * take)) - 1
            chunks.append(chunk.to_bytes(4 * take, 'little'))
            self._i = i + take
            need -= take
        x = int.from_bytes(b''.join(chunks), 'little') if len(chunks) > 1 else \
            int.from_bytes(chunks[0], 'little')
        extra = 32 * nwords - k
        if extra:
            # The last (most significant) word keeps only its top bits.
            top = 32 * (nwords - 1)
            x = (x & ((1 << top) - 1)) | ((x >> (top + extra)) << top)
        return x

    def randbytes(self, n):
        """Return n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # ---- seeding and state ----

    def seed(self, a=None, version=2):
        """Initialize the generator from a (None: from os.urandom).

        int: its absolute value is the key. float: its hash. str, bytes, bytearray: with
        version 2 (the default) the bytes followed by their SHA-512 make an int; version 1
        is the old hash of Python 2.x kept for reproducing old sequences."""
        if version == 1 and isinstance(a, (str, bytes)):
            if isinstance(a, bytes):
                a = a.decode('latin-1')
            x = ord(a[0]) << 7 if a else 0
            for ch in a:
                x = ((1000003 * x) ^ ord(ch)) & 0xffffffffffffffff
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            else:
                a = bytes(a)
            from _sha512 import sha512
            a = int.from_bytes(a + sha512(a).digest(), 'big')
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            # From the system's entropy: the whole state, word 0 set to 0x80000000 as after
            # any seeding (only its top bit is ever read; it keeps the state nonzero).
            s = (int.from_bytes(_urandom(_BLOCK_BYTES), 'little') >> 32 << 32) | 0x80000000
        else:
            if isinstance(a, int):
                n = int.__abs__(a)
            else:
                n = hash(a) & 0xffffffffffffffff
            if n < 0x100000000:
                key = [n]
            else:
                nw = (n.bit_length() + 31) >> 5
                key = _words(n, nw)
            s = _pack(_init_by_array(key))
        self._load(s, _N)
        self.gauss_next = None

    def getstate(self):
        """Return an object capturing the current internal state (for setstate)."""
        return self.VERSION, tuple(_words(self._s)) + (self._i,), self.gauss_next

    def setstate(self, state):
        """Restore the internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
        elif version == 2:
            version, internal, self.gauss_next = state
            # Version 2 saved the words as signed ints.
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError('state with version %s passed to Random.setstate() of '
                             'version %s' % (version, self.VERSION))
        if not isinstance(internal, tuple):
            raise TypeError('state vector must be a tuple')
        if len(internal) != _N + 1:
            raise ValueError('state vector is the wrong size')
        words = []
        for w in internal[:_N]:
            if not isinstance(w, int):
                raise TypeError('an integer is required')
            if w < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if w > 0xffffffffffffffff:
                raise OverflowError('Python int too large to convert to C unsigned long')
            words.append(w & 0xffffffff)
        index = _index(internal[_N])
        if not -0x8000000000000000 <= index <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to C long')
        if index < 0 or index > _N:
            raise ValueError('invalid state')
        self._load(_pack(words), index)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers ----

    def _randbelow(self, n):
        """Return a random int in range(n) by rejection on getrandbits(n.bit_length())."""
        k = n.bit_length()
        if k > 32 or not k:
            return self._randbelow_with_getrandbits(n)
        shift = 32 - k
        t = self._t
        i = self._i
        while True:
            if t is None or i >= 624:
                self._i = i
                t = self._tempered()
                i = self._i
            r = t[i] >> shift
            i += 1
            if r < n:
                self._i = i
                return r

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in range(n), drawing with self.getrandbits()."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in range(n) using only self.random(): scale a float drawn
        below the largest multiple of n that fits in maxsize."""
        random = self.random
        if n >= maxsize:
            import warnings
            warnings.warn('Underlying random() generator does not supply \n'
                          'enough bits to choose from a population range this large.\n'
                          'To remove the range limitation, add a getrandbits() method.')
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(start, stop[, step]), without building it."""
        istart = start if type(start) is int else _index(start)
        if stop is None:
            if step is not _ONE and (type(step) is not int or step != 1):
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = stop if type(stop) is int else _index(stop)
        width = istop - istart
        istep = step if type(step) is int else _index(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError(f'empty range in randrange({start}, {stop})')
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError(f'empty range in randrange({start}, {stop}, {step})')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return a random integer in [a, b], both end points included."""
        if type(a) is int and type(b) is int:
            n = b - a + 1
            if 0 < n < 0x100000000:
                shift = 32 - n.bit_length()
                t = self._t
                i = self._i
                while True:
                    if t is None or i >= 624:
                        self._i = i
                        t = self._tempered()
                        i = self._i
                    r = t[i] >> shift
                    i += 1
                    if r < n:
                        self._i = i
                        return a + r
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        n = len(seq)
        if not n:
            raise IndexError('Cannot choose from an empty sequence')
        if n < 0x100000000:
            shift = 32 - n.bit_length()
            t = self._t
            i = self._i
            while True:
                if t is None or i >= 624:
                    self._i = i
                    t = self._tempered()
                    i = self._i
                r = t[i] >> shift
                i += 1
                if r < n:
                    self._i = i
                    return seq[r]
        return seq[self._randbelow(n)]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates from the end)."""
        top = len(x) - 1
        if top < 1:
            return
        if top >= 0xffffffff:
            randbelow = self._randbelow
            for m in range(top, 0, -1):
                j = randbelow(m + 1)
                x[m], x[j] = x[j], x[m]
            return
        n = top + 1
        k = n.bit_length()
        shift = 32 - k
        floor = 1 << (k - 1)        # the smallest n with this bit length
        t = self._t
        i = self._i
        try:
            for m in range(top, 0, -1):
                if n < floor:
                    shift += 1
                    floor >>= 1
                while True:
                    if t is None or i >= 624:
                        self._i = i
                        t = self._tempered()
                        i = self._i
                    j = t[i] >> shift
                    i += 1
                    if j < n:
                        break
                x[m], x[j] = x[j], x[m]
                n = m
        finally:
            self._i = i

    def sample(self, population, k, *, counts=None):
        """Choose k unique elements from a population sequence (with counts=, each element
        repeated that many times), in selection order."""
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        # A list of the n items or a set of the chosen indexes, whichever is smaller.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            chosen = set()
            add = chosen.add
            for i in range(k):
                j = randbelow(n)
                while j in chosen:
                    j = randbelow(n)
                add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of elements chosen from the population with replacement,
        uniformly or by relative weights or cumulative weights."""
        random = self.random
        # (k is a C ssize_t count in CPython: a larger one is refused, not looped over.)
        if isinstance(k, int) and not -9223372036854775808 <= k <= 9223372036854775807:
            raise OverflowError("Python int too large to convert to C ssize_t")
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for _ in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError('The number of choices must be a keyword argument: '
                                f'k={weights!r}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for _ in range(k)]

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        """A random float between a and b (b - a scaled by random())."""
        i = self._i                 # random() inlined
        z = self._z
        y = z[i]
        if y is None:
            return a + (b - a) * self._random_refill()
        self._i = i + 2
        return a + (b - a) * (y if y > 0.0 else -0.5 - y)

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with the given mode (default: midpoint)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio of uniforms)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution by Box-Muller; each pair of draws gives two values, the
        second kept in gauss_next. Not thread-safe; normalvariate() is."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            random = self.random
            angle = random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: exp() of normalvariate(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles around mu with concentration kappa (Best and
        Fisher's rejection method)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u = random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0 (Cheng's method for
        alpha > 1, the exponential for alpha == 1, Ahrens-Dieter GS below)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        b = (_e + alpha) / _e
        while True:
            p = b * random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if random() <= _exp(-x):
                    return x * beta
            else:
                x = -_log((b - p) / alpha)
                if random() <= x ** (alpha - 1.0):
                    return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        """Binomial distribution: the number of successes in n independent trials that
        each succeed with probability p. Devroye's geometric method when n*p < 10,
        otherwise Hormann's BTRS (transformed rejection with squeeze)."""
        if n < 0:
            raise ValueError('n must be non-negative')
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError('p must be in the range 0.0 <= p <= 1.0')
        random = self.random
        if n == 1:
            return _index(random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            # Count the successes by jumping over runs of failures (geometric gaps).
            x = y = 0
            c = _log2(1.0 - p)
            if not c:
                return x
            while True:
                y += _floor(_log2(random()) / c) + 1
                if y > n:
                    return x
                x += 1
        assert n * p >= 10.0 and p <= 0.5
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        alpha = None
        while True:
            u = random()
            u -= 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = random()
            if us >= 0.07 and v <= vr:
                return k
            if alpha is None:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _log(p / (1.0 - p))
                m = _floor((n + 1) * p)
                h = _lgamma(m + 1) + _lgamma(n - m + 1)
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - m) * lpq:
                return k


# ---- the generic versions that subclasses with their own generator get ----

def _generic_randint(self, a, b):
    return self.randrange(a, b + 1)


def _generic_choice(self, seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[self._randbelow(len(seq))]


def _generic_shuffle(self, x):
    randbelow = self._randbelow
    for i in range(len(x) - 1, 0, -1):
        j = randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def _generic_uniform(self, a, b):
    return a + (b - a) * self.random()


_GENERIC = {'randint': _generic_randint, 'choice': _generic_choice, 'uniform': _generic_uniform,
            'shuffle': _generic_shuffle}
for _name, _fn in _GENERIC.items():
    _fn.__name__ = _name
    _fn.__qualname__ = 'Random.' + _name
    _fn.__doc__ = getattr(Random, _name).__doc__
del _name, _fn


def _is_sequence(obj):
    """isinstance(obj, collections.abc.Sequence), importing that module on first need."""
    if type(obj) in (list, tuple, str, range, bytes, bytearray):
        return True
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


class SystemRandom(Random):
    """Random numbers from os.urandom(): no state, so seed() does nothing and
    getstate()/setstate() raise NotImplementedError."""

    def random(self):
        """Return the next random float in the interval [0.0, 1.0)."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(nbytes), 'big')
        return x >> (nbytes * 8 - k)

    def randbytes(self, n):
        """Return n random bytes from os.urandom()."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Method should not be called for a system random number generator."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# ---- the module-level functions share one hidden instance ----

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
binomialvariate = _inst.binomialvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
