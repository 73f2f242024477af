# weakref.proxy: forwarding of attributes, operators, containers and calls; dead proxies.
import weakref


class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'N(%r)' % (self.v,)

    def __str__(self):
        return 'str-N%s' % (self.v,)

    def __add__(self, o):
        return ('add', self.v, o)

    def __radd__(self, o):
        return ('radd', self.v, o)

    def __sub__(self, o):
        return ('sub', self.v, o)

    def __rsub__(self, o):
        return ('rsub', self.v, o)

    def __mul__(self, o):
        return ('mul', o)

    def __matmul__(self, o):
        return ('matmul', o)

    def __truediv__(self, o):
        return ('truediv', o)

    def __floordiv__(self, o):
        return ('floordiv', o)

    def __mod__(self, o):
        return ('mod', o)

    def __divmod__(self, o):
        return ('divmod', o)

    def __rdivmod__(self, o):
        return ('rdivmod', o)

    def __pow__(self, o, m=None):
        return ('pow', o, m)

    def __rpow__(self, o, m=None):
        return ('rpow', o, m)

    def __lshift__(self, o):
        return ('lshift', o)

    def __rshift__(self, o):
        return ('rshift', o)

    def __and__(self, o):
        return ('and', o)

    def __or__(self, o):
        return ('or', o)

    def __xor__(self, o):
        return ('xor', o)

    def __ror__(self, o):
        return ('ror', o)

    def __iadd__(self, o):
        self.v += o
        return self

    def __ixor__(self, o):
        return 'ixor-result'

    def __eq__(self, o):
        return ('eq', o)

    def __ne__(self, o):
        return ('ne', o)

    def __lt__(self, o):
        return ('lt', o)

    def __le__(self, o):
        return ('le', o)

    def __gt__(self, o):
        return ('gt', o)

    def __ge__(self, o):
        return ('ge', o)

    def __neg__(self):
        return 'neg'

    def __pos__(self):
        return 'pos'

    def __abs__(self):
        return 'abs'

    def __invert__(self):
        return 'invert'

    def __index__(self):
        return 3

    def __float__(self):
        return 2.5

    def __int__(self):
        return 4

    def __bool__(self):
        return False

    def __len__(self):
        return 7

    def __getitem__(self, k):
        return ('getitem', k)

    def __setitem__(self, k, val):
        self.v = ('set', k, val)

    def __delitem__(self, k):
        self.v = ('del', k)

    def __contains__(self, x):
        return x == 5

    def __iter__(self):
        return iter([1, 2, 3])

    def __reversed__(self):
        return iter('cba')

    def __bytes__(self):
        return b'bytes-N'


n = N(1)
p = weakref.proxy(n)
print(type(p) is weakref.ProxyType, type(p).__name__, type(p).__module__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(repr(p).startswith('<weakproxy at 0x'), ' to N at 0x' in repr(p))
print(str(p), f'{p}', format(p, ''))
print(p.v, p.__class__ is N, isinstance(p, N), p.__dict__ is n.__dict__)
p.w = 9
print(n.w, p.w)
del p.w
print(hasattr(n, 'w'), hasattr(p, 'w'))
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)

# Binary operators unwrap the proxy (and a proxy on the other side).
print(p + 1, 1 + p, p - 2, 2 - p, p + p)
print(p * 2, p @ 2, p / 2, p // 2, p % 2, divmod(p, 2), divmod(2, p))
print(p ** 2, 2 ** p, pow(p, 2, 5), p << 1, p >> 1, p & 1, p | 1, 1 | p, p ^ 1)
print(p == 3, p != 3, p < 3, p <= 3, p > 3, p >= 3, 3 < p)
print(-p, +p, abs(p), ~p, float(p), int(p), bool(p), len(p))
print([10, 20, 30, 40, 50][p], hex(p), bin(p))
print(p[4], p[p], 5 in p, 4 in p, list(p), list(reversed(p)), bytes(p))
p[1] = 2
print(n.v)
del p['k']
print(n.v)
n.v = 1
q = p
q += 5
print(type(q).__name__, n.v, q is n)
q2 = p
q2 ^= 1
print(q2)

# Same proxy for the same object without a callback.
print(weakref.proxy(n) is p, weakref.proxy(n, None) is p)
cb_log = []
pc = weakref.proxy(n, lambda pr: cb_log.append(type(pr).__name__))
print(pc is p, p == pc)
print(weakref.getweakrefcount(n))
print([type(x).__name__ for x in weakref.getweakrefs(n)])
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    format(p, 'd')
except TypeError as e:
    print(e)
print(sorted(dir(p)) == sorted(dir(n)))


# Callable proxies.
class C:
    def __call__(self, *args, **kwargs):
        return ('called', args, kwargs)


c = C()
cp = weakref.proxy(c)
print(type(cp) is weakref.CallableProxyType, type(cp).__name__, callable(cp),
      callable(p))
print(cp(1, k=2))


def func(x):
    return x * 2


fp = weakref.proxy(func)
print(type(fp).__name__, fp(21), fp.__name__)
try:
    hash(cp)
except TypeError as e:
    print(e)


# Iterators.
class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


it = It()
pi = weakref.proxy(it)
print(next(pi), list(pi))
try:
    next(p)
except TypeError as e:
    print(e)


# Objects without the operations give the referent's errors.
class M:
    pass


m = M()
pm = weakref.proxy(m)
for expr in ['pm + 1', '1 + pm', 'len(pm)', 'pm[0]', 'iter(pm)', '-pm', 'abs(pm)',
             '1 in pm', 'pm < 1', 'pm == 1', 'pm != 1', 'pm == pm']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, 'TypeError', e)

# The callback gets the proxy; afterwards every use raises ReferenceError.
del n, q
print('callback', cb_log)
for expr in ['p.v', 'str(p)', 'p + 1', '1 + p', 'p == 1', 'bool(p)', 'len(p)', 'p[0]',
             'list(p)', '-p', 'p()' if False else 'int(p)', 'hash(p)']:
    try:
        print(expr, eval(expr))
    except ReferenceError as e:
        print(expr, 'ReferenceError', e)
    except TypeError as e:
        print(expr, 'TypeError', e)
try:
    p.x = 1
except ReferenceError as e:
    print('setattr ReferenceError', e)
print(repr(p).startswith('<weakproxy at 0x'), ' to NoneType at 0x' in repr(p))
del c
try:
    cp()
except ReferenceError as e:
    print('call ReferenceError', e)

for bad in (1, 'str', [1]):
    try:
        weakref.proxy(bad)
    except TypeError as e:
        print(e)
for args in [(), (m, None, 3)]:
    try:
        weakref.proxy(*args)
    except TypeError as e:
        print(e)
