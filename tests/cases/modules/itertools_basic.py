import itertools as it
import operator

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2), 4)))
print(list(it.islice(it.count(0.5, 0.25), 3)), repr(it.count(3)), repr(it.count(2, 1.0)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
print(list(it.repeat('x', 3)), list(it.repeat(1, -1)), repr(it.repeat(7, 2)), repr(it.repeat('a')))
print(list(map(pow, range(4), it.repeat(2))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc', func=lambda a, b: b + a)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
groups = list(it.groupby('aabb'))
print([(k, list(g)) for k, g in groups])
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)))
print(list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice(range(10), 1, 9, 3)), list(it.islice('AB', None)))
x = iter(range(10)); list(it.islice(x, 5, 2)); print(next(x))
x = iter(range(10)); list(it.islice(x, 0, 8, 3)); print(next(x))
x = iter(range(10)); print(list(it.islice(x, 3)), next(x))
for args in [(-1,), ('x',), (1, -1), (-1, 2), ('a', 2), (1, 2, 0), (1, 2, -1), (1, 2, 'z'), (1.0,)]:
    try:
        it.islice([], *args)
    except ValueError as e:
        print('ValueError', e)
try:
    it.islice([])
except TypeError as e:
    print('TypeError', e)
print(list(it.pairwise('ABCD')), list(it.pairwise('A')), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.starmap(operator.add, [])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
t = it.tee('abc', 3)
print(len(t), [list(i) for i in t], it.tee([1], 0))
a, b = it.tee(range(4))
c, d = it.tee(a)
print(list(c), list(d), list(b))
try:
    it.tee([1], -1)
except ValueError as e:
    print('ValueError', e)
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest('ab', [1])), list(it.zip_longest()))
print(list(it.product('ab', range(2))), list(it.product(range(2), repeat=3))[:4], list(it.product()))
print(list(it.product('ab', [], 'c')), len(list(it.product('abc', 'de', repeat=2))))
print(list(it.permutations('ABC', 2)), list(it.permutations(range(3))), list(it.permutations('ab', 3)))
print(list(it.permutations([], 0)), list(it.permutations('abc', 0)))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('', 0)))
print(list(it.batched('ABCDEFG', 3)), list(it.batched([], 2)), list(it.batched(range(4), 2)))
for f in [lambda: it.batched('a', 0), lambda: it.combinations('a', -1), lambda: it.product('a', repeat=-1),
          lambda: it.permutations('a', -2), lambda: it.combinations_with_replacement('a', -1)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: it.count('a'), lambda: it.permutations('a', 'b'), lambda: it.combinations('a', 'b'), lambda: it.repeat(1, 'a')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(sum(1 for _ in it.permutations(range(6))), sum(1 for _ in it.combinations(range(10), 4)))
