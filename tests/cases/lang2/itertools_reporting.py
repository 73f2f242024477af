# itertools in a realistic reporting task: sales grouped, accumulated, paired, batched and combined.
import itertools
import operator
sales = [("north", "jan", 120), ("north", "feb", 90), ("south", "jan", 200), ("south", "feb", 50),
         ("south", "mar", 75), ("east", "jan", 30), ("north", "mar", 110)]
key = operator.itemgetter(0)
for region, rows in itertools.groupby(sorted(sales, key=key), key=key):
    amounts = [r[2] for r in rows]
    print(region, amounts, list(itertools.accumulate(amounts)), max(amounts))
totals = [r[2] for r in sales]
print(list(itertools.accumulate(totals, max)), list(itertools.accumulate(totals, operator.add, initial=0))[-1])
print(list(itertools.pairwise([r[2] for r in sales if r[0] == "north"])))
print([b - a for a, b in itertools.pairwise(totals)])
print(list(itertools.batched(range(10), 4)), list(itertools.batched("abcde", 2)))
months = ["jan", "feb", "mar"]
regions = sorted({r[0] for r in sales})
lookup = {(r[0], r[1]): r[2] for r in sales}
for reg, mon in itertools.product(regions, months):
    if (reg, mon) not in lookup:
        print("missing", reg, mon)
print(list(itertools.combinations(regions, 2)), len(list(itertools.permutations(regions))))
print(list(itertools.starmap(lambda r, m, v: f"{r[:1]}{m[:1]}{v}", sales[:3])))
print(list(itertools.takewhile(lambda r: r[2] > 60, sales)), list(itertools.dropwhile(lambda r: r[2] > 60, sales))[:1])
print(list(itertools.compress(months, [1, 0, 1])), list(itertools.islice(itertools.cycle(months), 2, 7)))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.chain.from_iterable([[1, 2], (3,), "45"])), list(itertools.repeat("x", 3)))
a, b = itertools.tee(iter(totals), 2)
print(next(a), next(a), next(b), list(zip(a, b))[:2])
print(list(zip(itertools.count(1), ["x", "y"])), list(itertools.count(10, -3))[:0] if False else list(itertools.islice(itertools.count(10, -3), 4)))
print(list(itertools.filterfalse(lambda v: v % 2, totals)), list(itertools.combinations_with_replacement("ab", 2)))
try:
    list(itertools.batched([1, 2], 0))
except ValueError as e:
    print(type(e).__name__, e)
