# map/filter chains in an ETL pipeline, lazy evaluation order, multi-iterable map.
raw = ["  42 ", "x", "17", "", "-3", "8.5", " 100", "abc", "0"]
def to_int(s):
    try:
        return int(s)
    except ValueError:
        return None
cleaned = filter(None, map(str.strip, raw))
ints = filter(lambda v: v is not None, map(to_int, cleaned))
positives = list(filter(lambda v: v > 0, ints))
print(positives, list(ints))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")), list(map(str.upper, "abc")))
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0, False, True])), list(filter(str.isdigit, "a1b2c3")))
order = []
def trace(tag):
    def f(x):
        order.append(f"{tag}{x}")
        return x
    return f
m = map(trace("m"), filter(trace("f"), range(4)))
print(order, next(m), order)
print(list(m), order)
words = "The quick brown fox jumps over the lazy dog".split()
print(sum(map(len, words)), max(map(len, words)), sorted(map(str.lower, words))[:3], dict(map(lambda w: (w, len(w)), words[:3])))
print(list(map(int, "1 2 3".split())), list(map(float, ["1e3", "2.5"])), list(map(abs, [-1, 2, -3.5])), tuple(map(bool, [0, 2])))
import itertools
print(list(itertools.filterfalse(str.isspace, "a b\tc")), list(map(len, filter(lambda w: "o" in w, words))))
m2 = map(lambda x: 1 / x, [1, 0, 2])
print(next(m2))
try:
    next(m2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(m2), next(m2, "done"))
for bad in [lambda: map(), lambda: map(len), lambda: filter(None), lambda: list(map(None, [1]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
