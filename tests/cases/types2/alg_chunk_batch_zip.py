# Chunking, batching, pairwise and transposition with slicing, zip, iter and itertools.
import itertools
data = list(range(1, 12))
print([data[i:i + 4] for i in range(0, len(data), 4)])
it = iter(data)
print(list(zip(*[it] * 3)))
print(list(itertools.zip_longest(*[iter(data)] * 3, fillvalue=None)))
print(list(itertools.batched(data, 4)), list(itertools.batched("abcdefg", 3)))
print(list(itertools.pairwise(data[:5])), list(zip(data, data[1:]))[:4], list(itertools.pairwise("ab")), list(itertools.pairwise("a")))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, nums = zip(*pairs)
print(letters, nums, list(zip(*zip(*pairs))) == pairs, dict(pairs), list(zip(*[])))
names = ["x", "y", "z"]
vals = [10, 20]
print(list(zip(names, vals)), list(itertools.zip_longest(names, vals, fillvalue=0)), dict(zip(names, itertools.count(100))))
try:
    print(list(zip(names, vals, strict=True)))
except ValueError as e:
    print(type(e).__name__, e)
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("z", 3)), list(itertools.accumulate(data[:6])))
print(list(itertools.accumulate(data[:6], lambda a, b: a * b)), list(itertools.accumulate([3, 1, 4, 1, 5], max, initial=0)))
print(list(itertools.chain([1], (2, 3), "ab")), list(itertools.chain.from_iterable([[1, 2], [3]])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.takewhile(lambda x: x < 4, data)), list(itertools.dropwhile(lambda x: x < 9, data)), list(itertools.filterfalse(lambda x: x % 3, data)))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), next(itertools.count(5, 0.5)), list(itertools.islice(itertools.count(1, 3), 2, 6)))
