# Subset/superset comparisons and disjointness.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == {2, 1})
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3, 4}), a.isdisjoint(b))
print(set() <= a, set() < set(), {5} > set())
print(a.issubset([1, 2, 9]), b.issuperset(range(2)))
print({1, 2} < {1, 3}, {1, 3} < {1, 2}, {1, 2} == {1, 3})
print(sorted([{3}, {1, 2}, {1}], key=len))
family = [set(), {1}, {2}, {1, 2}, {1, 2, 3}]
for x in family:
    print(sorted(x), [int(x <= y) for y in family], [int(x < y) for y in family])
chain = all(family[i] <= family[i + 1] for i in (0, 3))
print(chain, {1} <= {2}, {2} <= {1})
