# min/max with keys, defaults and multiple args.
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("hello"), min("hello"), max([1, 2], [1, 3]))
print(min([], default="empty"), max((), default=None), max([], key=len, default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([-7, 3, 5], key=abs), min([-7, 3, 5], key=abs), max(3, -9, key=abs))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([1, 3, 3, 2], key=lambda v: v == 3), max([2, 2.0]), max([2.0, 2]))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: (n % 4, -n)))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a"), lambda: max([1], default=0, key=None, foo=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
