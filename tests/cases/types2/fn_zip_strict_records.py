# zip in data pipelines: column/row conversion, strict length checks, and lazy evaluation.
header = ["id", "name", "score"]
cols = {"id": [1, 2, 3], "name": ["ann", "bo", "cy"], "score": [9.5, 7.25, 8.0]}
rows = list(zip(*(cols[h] for h in header), strict=True))
print(rows)
recs = [dict(zip(header, r, strict=True)) for r in rows]
print(recs)
back = {h: list(v) for h, v in zip(header, zip(*rows), strict=True)}
print(back == cols)
bad_cols = {"id": [1, 2, 3], "name": ["ann", "bo"], "score": [1, 2, 3]}
try:
    list(zip(*(bad_cols[h] for h in header), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2, 3], [1, 2, 3], [1, 2, 3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
consumed = []
def src(n, tag):
    for i in range(n):
        consumed.append(f"{tag}{i}")
        yield i
print(list(zip(src(3, "a"), src(5, "b"))), consumed)
consumed.clear()
try:
    for pair in zip(src(2, "x"), src(3, "y"), strict=True):
        print("pair", pair)
except ValueError as e:
    print(type(e).__name__, e, consumed)
for a, b in zip("abc", range(10)):
    print(a, b, end="; ")
print()
prices = [10.0, 10.5, 10.25, 11.0]
print([round(b - a, 2) for a, b in zip(prices, prices[1:])], [f"{(b / a - 1):+.2%}" for a, b in zip(prices, prices[1:])])
z = zip([1], [2])
print(iter(z) is z, list(z), list(z))
