# The is*() predicates on many kinds of objects.
import abc
import functools
import inspect
import sys
import types


def func(a):
    return a


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Slotted:
    __slots__ = ('x',)


class K:
    attr = 1

    def meth(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1


class DataDesc:
    def __get__(self, obj, tp=None):
        return 1

    def __set__(self, obj, value):
        pass


class NonDataDesc:
    def __get__(self, obj, tp=None):
        return 1


class DeleteDesc:
    def __delete__(self, obj):
        pass


class Awaitable:
    def __await__(self):
        yield


class Abstract(abc.ABC):
    @abc.abstractmethod
    def must(self):
        pass


class Concrete(Abstract):
    def must(self):
        pass


class PartlyAbstract(Abstract):
    @abc.abstractmethod
    def other(self):
        pass


try:
    raise ValueError('x')
except ValueError as e:
    tb = e.__traceback__

frame = sys._getframe()
g = gen()
c = coro()
ag = agen()

objects = [
    ('module', sys),
    ('module inspect', inspect),
    ('class', K),
    ('type', type),
    ('int', 1),
    ('None', None),
    ('str', 'x'),
    ('instance', K()),
    ('function', func),
    ('lambda', lambda: 0),
    ('method', K().meth),
    ('unbound', K.meth),
    ('classmethod bound', K.cm),
    ('staticmethod', K.sm),
    ('classmethod obj', K.__dict__['cm']),
    ('staticmethod obj', K.__dict__['sm']),
    ('property', K.__dict__['prop']),
    ('builtin', len),
    ('builtin method', [].append),
    ('method descriptor', str.join),
    ('slot wrapper', int.__add__),
    ('method-wrapper', (1).__add__),
    ('member descriptor', Slotted.__dict__['x']),
    ('getset descriptor', K.__dict__['__dict__']),
    ('data desc', DataDesc()),
    ('non-data desc', NonDataDesc()),
    ('delete desc', DeleteDesc()),
    ('generator function', gen),
    ('generator', g),
    ('coroutine function', coro),
    ('coroutine', c),
    ('async gen function', agen),
    ('async gen', ag),
    ('awaitable obj', Awaitable()),
    ('frame', frame),
    ('traceback', tb),
    ('code', func.__code__),
    ('partial', functools.partial(func, 1)),
    ('partial gen', functools.partial(gen)),
    ('abstract', Abstract),
    ('concrete', Concrete),
    ('partly abstract', PartlyAbstract),
    ('abc.ABC', abc.ABC),
]

predicates = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
              'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
              'isasyncgen', 'isawaitable', 'istraceback', 'isframe', 'iscode', 'isbuiltin',
              'ismethodwrapper', 'isroutine', 'isabstract', 'ismethoddescriptor',
              'isdatadescriptor', 'isgetsetdescriptor', 'ismemberdescriptor']

for label, obj in objects:
    true = [p[2:] for p in predicates if getattr(inspect, p)(obj)]
    print(f'{label:20}', ' '.join(true))

c.close()

print('--- coroutine marking')


def plain():
    pass


print(inspect.iscoroutinefunction(plain))
r = inspect.markcoroutinefunction(plain)
print(r is plain, inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(functools.partial(plain)))


class M:
    def m(self):
        pass


m = M().m
r = inspect.markcoroutinefunction(m)
print(r is M.m, inspect.iscoroutinefunction(M().m), inspect.iscoroutinefunction(M.m))
print(inspect.iscoroutinefunction(functools.partial(coro)), inspect.isasyncgenfunction(functools.partial(agen)))


class Gens:
    def g(self):
        yield

    async def c(self):
        pass


print(inspect.isgeneratorfunction(Gens().g), inspect.iscoroutinefunction(Gens().c),
      inspect.isgeneratorfunction(Gens.g), inspect.isgeneratorfunction(functools.partial(Gens().g)))


@types.coroutine
def gen_coro():
    yield


print(inspect.isgeneratorfunction(gen_coro), inspect.iscoroutinefunction(gen_coro))
gc = gen_coro()
print(inspect.isgenerator(gc), inspect.iscoroutine(gc), inspect.isawaitable(gc))
gc.close()

print('--- isabstract during class creation')


class Base(abc.ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('  init_subclass', cls.__name__, inspect.isabstract(cls))

    @abc.abstractmethod
    def x(self):
        pass


class Sub1(Base):
    pass


class Sub2(Base):
    def x(self):
        pass


print(inspect.isabstract(Sub1), inspect.isabstract(Sub2))

print('--- CO_* constants')
print(inspect.CO_OPTIMIZED, inspect.CO_NEWLOCALS, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS,
      inspect.CO_NESTED, inspect.CO_GENERATOR, inspect.CO_NOFREE, inspect.CO_COROUTINE,
      inspect.CO_ITERABLE_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.TPFLAGS_IS_ABSTRACT)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), bool(coro.__code__.co_flags & inspect.CO_COROUTINE),
      bool(agen.__code__.co_flags & inspect.CO_ASYNC_GENERATOR), bool(func.__code__.co_flags & inspect.CO_GENERATOR))


def va(*a, **k):
    pass


print(bool(va.__code__.co_flags & inspect.CO_VARARGS), bool(va.__code__.co_flags & inspect.CO_VARKEYWORDS),
      bool(func.__code__.co_flags & inspect.CO_VARARGS))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
print(inspect.AGEN_CREATED, inspect.AGEN_RUNNING, inspect.AGEN_SUSPENDED, inspect.AGEN_CLOSED)
print(inspect.BufferFlags.FULL, int(inspect.BufferFlags.FULL_RO), int(inspect.BufferFlags.STRIDED),
      inspect.BufferFlags.READ | inspect.BufferFlags.WRITE)
