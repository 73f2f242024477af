import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.getitem('abc', 1), operator.concat([1], [2]), operator.concat('a', 'b'))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
print(operator.index(5), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 4), operator.rshift(16, 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
l = [1]
print(operator.iadd(l, [2]), l, operator.iadd(1, 2), operator.isub(5, 1), operator.imul([0], 2), operator.iconcat([1], (2,)))
print(operator.ifloordiv(7, 2), operator.imod(7, 2), operator.ipow(2, 3), operator.iand(7, 2), operator.ior(1, 2), operator.ixor(3, 1))
print(operator.ilshift(1, 2), operator.irshift(8, 1), operator.itruediv(1, 4), operator.length_hint([1, 2]), operator.length_hint(object(), 7))

class Hint:
    def __length_hint__(self):
        return 42

print(operator.length_hint(Hint()), operator.length_hint(Hint(), 3))
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    operator.index(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print('ValueError', e)

g = itemgetter(1)
print(g('abc'), g([5, 6]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}), itemgetter(slice(1, None))('abc'))
print(repr(g), repr(itemgetter(0, 'a')), repr(attrgetter('x', 'y.z')), repr(methodcaller('f', 1, k=2)), repr(methodcaller('f')))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)), sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0, 1)))

class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def add(self, a, b=0):
        return a + b

o = Obj(x=1, y=Obj(z=2))
print(attrgetter('x')(o), attrgetter('y.z')(o), attrgetter('x', 'y.z')(o))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('add', 1, b=5)(o), methodcaller('replace', 'a', 'b')('aa'))
try:
    attrgetter('nope')(o)
except AttributeError:
    print('AttributeError')
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError', e)
print(operator.call(max, 1, 5), operator.__add__(1, 1), operator.__getitem__([1, 2], 1))
