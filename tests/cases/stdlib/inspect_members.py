# getmembers, getmembers_static, getattr_static, getmro, classify_class_attrs, getclasstree.
import inspect


class Base:
    """Base doc."""
    base_attr = 1

    def base_method(self):
        pass

    @property
    def prop(self):
        return 'prop value'


class Child(Base):
    child_attr = 'c'

    def __init__(self):
        self.inst = 5

    def child_method(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    def __getattr__(self, name):
        return 'dynamic ' + name


def public(pairs):
    return [(k, v) for k, v in pairs if not k.startswith('__')]


def short(v):
    if inspect.isfunction(v) or inspect.ismethod(v):
        return type(v).__name__ + ':' + v.__qualname__
    if isinstance(v, (classmethod, staticmethod, property)):
        return type(v).__name__
    return repr(v)


print('--- getmembers(class)')
for k, v in public(inspect.getmembers(Child)):
    print(' ', k, short(v))
print('--- getmembers(instance)')
for k, v in public(inspect.getmembers(Child())):
    print(' ', k, short(v))
print('--- predicates')
print([k for k, v in public(inspect.getmembers(Child, inspect.isfunction))])
print([k for k, v in public(inspect.getmembers(Child(), inspect.ismethod))])
print([k for k, v in public(inspect.getmembers(Child, inspect.ismethod))])
print([k for k, v in inspect.getmembers(Child, lambda v: isinstance(v, int))])
print('--- getmembers_static')
for k, v in public(inspect.getmembers_static(Child)):
    print(' ', k, short(v))
for k, v in public(inspect.getmembers_static(Child())):
    print(' ', k, short(v))


class Broken:
    @property
    def boom(self):
        raise AttributeError('no')

    ok = 1


print([k for k, v in public(inspect.getmembers(Broken()))])
print([k for k, v in public(inspect.getmembers(Broken))])

print('--- modules')
import types as mod_types
names = [k for k, v in inspect.getmembers(mod_types, inspect.isclass) if not k.startswith('_')]
print('FunctionType' in names, 'SimpleNamespace' in names, names == sorted(names))
print([k for k, v in inspect.getmembers(inspect, inspect.isclass) if k in ('Signature', 'Parameter', 'BoundArguments')])


class MyModuleLike:
    pass


print('--- getattr_static')
c = Child()
print(inspect.getattr_static(c, 'inst'))
print(inspect.getattr_static(c, 'child_attr'), inspect.getattr_static(c, 'base_attr'))
print(type(inspect.getattr_static(c, 'prop')).__name__, c.prop)
print(type(inspect.getattr_static(Child, 'cm')).__name__, type(inspect.getattr_static(Child, 'sm')).__name__)
print(inspect.getattr_static(c, 'child_method') is Child.__dict__['child_method'])
print(inspect.getattr_static(c, 'missing', 'default'), c.missing)
try:
    inspect.getattr_static(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)


class Desc:
    def __get__(self, obj, tp=None):
        return 'desc'

    def __set__(self, obj, value):
        pass


class NDesc:
    def __get__(self, obj, tp=None):
        return 'ndesc'


class Shadow:
    d = Desc()
    n = NDesc()


s = Shadow()
s.__dict__['d'] = 'instance d'
s.__dict__['n'] = 'instance n'
print(type(inspect.getattr_static(s, 'd')).__name__, inspect.getattr_static(s, 'n'), s.d, s.n)


class Meta(type):
    meta_attr = 'from meta'


class WithMeta(metaclass=Meta):
    pass


print(inspect.getattr_static(WithMeta, 'meta_attr'), inspect.getattr_static(WithMeta, 'nope', None))
print(inspect.getattr_static(WithMeta(), 'meta_attr', 'not on instances'))


class Slots:
    __slots__ = ('a',)

    def __init__(self):
        self.a = 1


print(type(inspect.getattr_static(Slots(), 'a')).__name__)

print('--- getmro')
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
print([c.__name__ for c in inspect.getmro(W)])
print(inspect.getmro(int), inspect.getmro(object))

print('--- classify_class_attrs')
for a in inspect.classify_class_attrs(Child):
    if not a.name.startswith('__'):
        print(' ', a.name, a.kind, a.defining_class.__name__, short(a.object))
a = [a for a in inspect.classify_class_attrs(Child) if a.name == 'cm'][0]
print(a._fields, type(a).__name__)

print('--- getclasstree')


def show_tree(tree, depth=0):
    for entry in tree:
        if isinstance(entry, list):
            show_tree(entry, depth + 1)
        else:
            cls, bases = entry
            print('  ' * depth + cls.__name__, [b.__name__ for b in bases])


show_tree(inspect.getclasstree([W, Y, Z, X]))
print('-')
show_tree(inspect.getclasstree([W, Y, Z, X], unique=True))
print('-')
show_tree(inspect.getclasstree([Child, W]))
