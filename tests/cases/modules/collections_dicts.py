from collections import defaultdict, OrderedDict, Counter, ChainMap

dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dd['a'], len(dd), isinstance(dd, dict), dd.default_factory)
dc = defaultdict(int)
for ch in 'hello':
    dc[ch] += 1
print(dc, dict(dc), dc.get('zz'), 'zz' in dc)
dn = defaultdict()
try:
    dn['x']
except KeyError as e:
    print('KeyError', e)
print(dn, defaultdict(None, {'a': 1}), defaultdict(lambda: 0, a=1)['b'])
print(defaultdict(list, [('k', [1])]), dd.copy(), type(dd.copy()).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(dd | {'z': [0]}, type(dd | {'z': 1}).__name__)

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('b', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1)]), OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict.fromkeys('abc', 0), od.copy(), type(od.copy()).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], 'zzz' in c, c.total(), len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), ''.join(Counter(a=2, b=1, c=0, d=-1).elements()))
c.update('aaz'); print(c)
c.update({'b': 10}); print(c)
c.subtract('aaaa'); print(c)
c.subtract({'z': 5}); print(c)
del c['nothing']; del c['r']; print(c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b, +a, -a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2), Counter() == Counter())
x = Counter(a=2, b=3); x += Counter(a=-5, c=1); print(x)
x = Counter(a=2, b=3); x -= Counter(a=1); print(x)
x = Counter(a=2, b=3); x |= Counter(a=4); print(x)
x = Counter(a=2, b=3); x &= Counter(a=1, b=5); print(x)
print(Counter(), Counter(cats=4, dogs=8), Counter([1, 1, 2]), Counter({'x': 3}), Counter(c))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), 'a' in cm, cm.get('q', 'dflt'))
print(cm, cm.maps)
cm['d'] = 4; print(over, base)
del cm['b']; print(cm['b'], over)
child = cm.new_child()
child['a'] = 'child'
print(child['a'], cm['a'], child, child.parents)
print(cm.new_child({'n': 1}), ChainMap(), bool(ChainMap({})), bool(cm))
for fn in [lambda: cm.__delitem__('zz'), lambda: ChainMap().pop('x'), lambda: ChainMap().popitem(), lambda: ChainMap()['q']]:
    try:
        fn()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('d'), cm, dict(cm), cm.copy())
print(list(ChainMap({'x': 1, 'y': 2}, {'z': 3, 'x': 0}).keys()))
