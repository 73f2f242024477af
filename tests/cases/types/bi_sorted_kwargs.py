# sorted() argument handling: key/reverse are keyword-only.
print(sorted([3, 1, 2], reverse=True), sorted("bca", key=None), sorted([], reverse=True), sorted(iterable=[1]) if False else "skip")
for args, kw in [(([3, 1], None), {}), (([3, 1], None, True), {}), (([1],), {"cmp": None}), (([1],), {"reverse": "yes"}), (([1],), {"reverse": None}),
                 ((), {"iterable": [1]}), (([1, 2],), {"key": len})]:
    try:
        print(sorted(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([1, 2, 3], reverse=1), sorted([1, 2, 3], reverse=0.0) if False else "skip2")
try:
    print(sorted([1, 2, 3], reverse=0.5))
except TypeError as e:
    print(type(e).__name__, e)
a = [3, 1, 2]
b = sorted(a)
print(a, b, b is not a)
try:
    [].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(reverse=[])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1], reverse=True), sorted("Hello World".split(), key=str.lower))
