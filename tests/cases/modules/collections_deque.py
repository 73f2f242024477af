from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft('ab')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d)); print(d)
d.reverse(); print(d)
d.insert(2, 'X'); print(d)
d.remove('X'); print(d, d.count(7), d.index(7), 3 in d, 99 in d)
del d[0]; print(d)
d[0] = 'first'; print(d)
e = deque('abc', maxlen=3)
print(e, e.maxlen)
e.append('d'); print(e)
e.appendleft('z'); print(e)
e.extend('xyz'); print(e)
print(deque(maxlen=2), deque(), deque(range(5), 0), deque([1], maxlen=3))
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
f = deque([1, 2]); f += [3]; print(f, f * 2, 2 * deque('a'), deque('ab') + deque('c'))
f.clear(); print(f, bool(f), bool(deque([0])))
g = deque(range(10))
print(g.index(5, 2), g.index(8, -3), g.copy(), g.copy() is g)
for fn in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1], maxlen=1).insert(0, 2)]:
    try:
        fn()
    except IndexError as ex:
        print('IndexError', ex)
for fn in [lambda: deque([1]).remove(5), lambda: deque([1]).index(5), lambda: deque(maxlen=-1)]:
    try:
        fn()
    except ValueError as ex:
        print('ValueError', ex)
h = deque([1, 2, 3])
try:
    for x in h:
        h.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
try:
    hash(deque())
except TypeError:
    print('unhashable')
q = deque()
for i in range(1000):
    q.append(i)
    if len(q) > 3:
        q.popleft()
print(q, sum(q))
r = deque([1, 2])
r.extend(r); print(r)
class MyDeque(deque):
    pass
print(MyDeque([1, 2]), MyDeque('a', 2))
