# Range objects in pagination and scheduling: len, index, slicing, containment, equality.
total, per_page = 47, 10
pages = range(0, total, per_page)
print(pages, len(pages), list(pages), pages[-1], pages.index(30), 30 in pages, 35 in pages)
for p, start in enumerate(pages, 1):
    r = range(start, min(start + per_page, total))
    print(f"page {p}: items {r.start}..{r.stop - 1} ({len(r)})", r[0], r[-1])
r = range(100, 0, -7)
print(r, len(r), r[3], r[-1], r[2:5], r[::-1], r[::2][1:3], list(r[-3:]), 2 in r, 2 == r[-1])
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), range(3) == [0, 1, 2])
print(range(10).count(3), range(10).count(11), range(-5, 5).index(-5), sum(range(1, 101)), max(range(3, 30, 4)), min(range(3, 30, 4)))
big = range(0, 10 ** 18, 3)
print(len(big), big[10 ** 17], 10 ** 17 + 1 in big, big[-1], big.index(999999999999999999))
try:
    len(range(10 ** 30))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(10 ** 30)[-1], 5 ** 30 in range(10 ** 30), range(10 ** 30)[10 ** 29:10 ** 29 + 3])
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(10)[10], lambda: range(3).index(7), lambda: range("a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
slots = range(9 * 60, 17 * 60, 45)
print([f"{m // 60:02d}:{m % 60:02d}" for m in slots])
print(list(reversed(range(5))), list(range(5, 0, -2)), list(range(-3)), bool(range(0)), bool(range(1)))
print(hash(range(3)) == hash(range(0, 3, 1)), {range(3): "a"}[range(0, 3)], range(3).start, range(3).step)
