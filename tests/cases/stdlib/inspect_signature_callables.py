# signature() of methods, classes, callable objects, partials and wrappers.
import functools
import inspect


def noaddr(text):
    # Drop ' at 0x...' addresses from reprs.
    while ' at 0x' in text:
        i = text.index(' at 0x')
        j = i + 6
        while j < len(text) and text[j] in '0123456789abcdef':
            j += 1
        text = text[:i] + text[j:]
    return text


def show(label, obj, **kw):
    try:
        print(label, inspect.signature(obj, **kw))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', noaddr(str(e)))


class A:
    def __init__(self, x, y=1):
        pass

    def meth(self, a, *, b=2):
        pass

    @classmethod
    def cmeth(cls, a, b):
        pass

    @staticmethod
    def smeth(a, b=3):
        pass

    def star(*args, **kw):
        pass

    def noargs():
        pass

    def kwonly(*, a):
        pass


show('class A', A)
show('A.meth', A.meth)
show('A(0).meth', A(0).meth)
show('A.cmeth', A.cmeth)
show('A(0).cmeth', A(0).cmeth)
show('A.smeth', A.smeth)
show('A(0).smeth', A(0).smeth)
show('A(0).star', A(0).star)
show('A(0).noargs', A(0).noargs)
show('A(0).kwonly', A(0).kwonly)
show('A.__init__', A.__init__)
show('A(0).__init__', A(0).__init__)


class B(A):
    pass


class C(A):
    def __new__(cls, p, q=None, *rest):
        return super().__new__(cls)


class D(C):
    def __init__(self, z):
        pass


class E:
    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)


class Plain:
    pass


class Meta(type):
    def __call__(cls, m1, m2=0):
        return super().__call__()


class WithMeta(metaclass=Meta):
    def __init__(self, ignored):
        pass


class MetaInit(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


show('class B', B)
show('class C', C)
show('class D', D)
show('class E', E)
show('class Plain', Plain)
show('class WithMeta', WithMeta)
show('class Meta', Meta)
show('class MetaInit', MetaInit)
show('object', object)
show('type', type)
show('int', int)


class Callable:
    def __call__(self, a, b=2, *c):
        pass


class CallableStatic:
    @staticmethod
    def __call__(x):
        pass


show('Callable()', Callable())
show('Callable', Callable)
show('CallableStatic()', CallableStatic())
show('Plain()', Plain())
show('5', 5)
show('None', None)


def base(a, b, c=3, *, d, e=5):
    pass


def base2(a, /, b, *args, c, **kw):
    pass


print('--- partial')
show('partial(base, 1)', functools.partial(base, 1))
show('partial(base, 1, 2)', functools.partial(base, 1, 2))
show('partial(base, b=2)', functools.partial(base, b=2))
show('partial(base, a=1)', functools.partial(base, a=1))
show('partial(base, d=4)', functools.partial(base, d=4))
show('partial(base, 1, 2, 3, d=4, e=6)', functools.partial(base, 1, 2, 3, d=4, e=6))
show('partial(base, 1, 2, 3, 4)', functools.partial(base, 1, 2, 3, 4))
show('partial(base, 1, a=2)', functools.partial(base, 1, a=2))
show('partial(base2, 1)', functools.partial(base2, 1))
show('partial(base2, 1, 2, 3)', functools.partial(base2, 1, 2, 3))
show('partial(base2, b=1)', functools.partial(base2, b=1))
show('partial(base2, x=1)', functools.partial(base2, x=1))
show('partial(partial(base, 1), 2)', functools.partial(functools.partial(base, 1), 2))
show('partial(A(0).meth, 1)', functools.partial(A(0).meth, 1))
show('partial(A, 1)', functools.partial(A, 1))


class PM:
    def method(self, a, b, c=3):
        pass
    pm = functools.partialmethod(method, 1)
    pm2 = functools.partialmethod(method, b=2)


show('PM.pm', PM.pm)
show('PM().pm', PM().pm)
show('PM().pm2', PM().pm2)

print('--- wrappers')


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco
def wrapped(a, b: int = 1) -> str:
    pass


@deco
@deco
def twice(x, *, y):
    pass


show('wrapped', wrapped)
show('wrapped follow_wrapped=False', wrapped, follow_wrapped=False)
show('twice', twice)
print(inspect.unwrap(twice) is twice.__wrapped__.__wrapped__, inspect.unwrap(base) is base)
print(inspect.unwrap(twice, stop=lambda f: f is twice.__wrapped__) is twice.__wrapped__)


class WM:
    @deco
    def m(self, a):
        pass


show('WM.m', WM.m)
show('WM().m', WM().m)


def loop():
    pass


loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])


def with_sig(a, b):
    pass


with_sig.__signature__ = inspect.Signature([inspect.Parameter('z', inspect.Parameter.KEYWORD_ONLY)])
show('with_sig', with_sig)


def sig_wrapper(*a, **k):
    pass


sig_wrapper.__wrapped__ = with_sig
show('sig_wrapper', sig_wrapper)
with_sig.__signature__ = None
show('with_sig None', with_sig)
with_sig.__signature__ = 'bad'
show('with_sig str', with_sig)
with_sig.__signature__ = 42
show('with_sig 42', with_sig)


class ClsSig:
    __signature__ = inspect.Signature([inspect.Parameter('only', inspect.Parameter.POSITIONAL_ONLY)])

    def __init__(self, a, b):
        pass


show('ClsSig', ClsSig)

print('--- from_callable')
print(inspect.Signature.from_callable(base))
print(inspect.Signature.from_callable(wrapped, follow_wrapped=False))


class MySig(inspect.Signature):
    pass


s = MySig.from_callable(base)
print(type(s).__name__, s, repr(s))
print(type(MySig.from_callable(A(0).meth)).__name__)


print('--- lambdas, nested, generators, async')
show('lambda', lambda *, k=1: k)


def outer(a):
    def inner(b, c=a):
        pass
    return inner


show('inner', outer(5))


def gen(n, step=1):
    yield n


async def coro(x, /, y):
    pass


show('gen', gen)
show('coro', coro)

print('--- library classes')
import abc
import collections
import enum
import typing


class WithABC(abc.ABC):
    def __init__(self, a, b=1):
        pass


class SubABC(WithABC):
    pass


class AbstractNoInit(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class MetaFromABC(abc.ABCMeta):
    def __call__(cls, only):
        return super().__call__()


class UsesMetaFromABC(metaclass=MetaFromABC):
    pass


show('WithABC', WithABC)
show('SubABC', SubABC)
show('AbstractNoInit', AbstractNoInit)
show('UsesMetaFromABC', UsesMetaFromABC)


class Color(enum.Enum):
    RED = 1


class Num(enum.IntEnum):
    ONE = 1


show('Color', Color)
show('Num', Num)
show('enum.Enum', enum.Enum)
show('enum.IntFlag', enum.IntFlag)
NT = collections.namedtuple('NT', 'p q', defaults=[3])
show('namedtuple', NT)
T = typing.TypeVar('T')


class Gen(typing.Generic[T]):
    def __init__(self, v: T):
        pass


class GenNoInit(typing.Generic[T]):
    pass


show('Generic', Gen)
show('Generic no init', GenNoInit)
show('total_ordering', functools.total_ordering)


@functools.lru_cache(maxsize=None)
def cached(a, *, k=1):
    pass


@functools.singledispatch
def dispatch(arg, extra=1):
    pass


show('lru_cache', cached)
show('singledispatch', dispatch)
