# In-place set operators mutate; binary operators create new sets.
a = {1, 2, 3}
alias = a
a |= {4}
a -= {1}
a &= {2, 3, 4, 5}
a ^= {5}
print(sorted(a), alias is a, sorted(alias))
b = a | set()
print(b is a, b == a)
s = set()
s.add(1)
s.add(1)
s.add((1, 2))
s.add(frozenset())
print(len(s), 1 in s, (1, 2) in s, frozenset() in s)
s.clear()
print(s, len(s))
big = set(range(100))
big -= set(range(0, 100, 2))
print(len(big), min(big), max(big), sum(big))
big &= {x for x in range(50)}
print(sorted(big)[:5], len(big))
x = {1, 2}
y = x.copy()
x.update(range(3, 6))
print(sorted(x), sorted(y))
print({1, 2} - {2} - {1}, {1} | {2} | {3} == {1, 2, 3}, {1, 2} & {2, 3} & {3})
print(set.union({1}, {2}), set.intersection({1, 2}, [2]), frozenset.union(frozenset(), [1]))
try:
    set.union([1], {2})
except TypeError as e:
    print(type(e).__name__, e)
