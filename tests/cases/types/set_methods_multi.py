# set methods with multiple and non-set arguments.
s = {1, 2, 3}
print(sorted(s.union()), sorted(s.union([4], (5,), range(6, 8), "")), sorted(s.intersection([1, 2], {2, 3, 1}, (2, 1))))
print(sorted(s.difference([1], {2})), sorted(s.difference()), sorted(s.symmetric_difference([3, 4])), s.intersection())
print(s.issubset([1, 2, 3, 4]), s.issubset(range(3)), s.issuperset([1, 1, 2]), s.issuperset(()), s.isdisjoint([4, 5]), s.isdisjoint(iter([3])))
t = set(s)
t.update([4], (5, 6), {7: "x"})
print(sorted(t))
t.intersection_update(range(10), [1, 2, 3, 4, 5, 9])
print(sorted(t))
t.difference_update([1], {2})
print(sorted(t))
t.symmetric_difference_update([3, 100])
print(sorted(t))
try:
    t.symmetric_difference_update([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference()
except TypeError as e:
    print(type(e).__name__, e)
for f in [lambda: s.union(5), lambda: s.issubset(5), lambda: s.update([[1]]), lambda: s.union([[1]]), lambda: s.intersection(None)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
for f in [lambda: s | [4], lambda: s & (1,), lambda: s - [1], lambda: s ^ "a", lambda: [4] | s]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(frozenset([1]).union({2})).__name__, type({2}.union(frozenset([1]))).__name__, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
r = s.copy()
r.add(9)
print(sorted(s), sorted(r))
u = {1, 2}
u |= {3}
u &= {1, 3, 5}
u -= {5}
u ^= {7, 1}
print(sorted(u))
try:
    u |= [1]
except TypeError as e:
    print(type(e).__name__, e)
