# Iterator utilities used in data processing: sliding windows, chunking, run-length encoding, interleave.
from collections import deque
import itertools
def sliding(iterable, n):
    it = iter(iterable)
    window = deque(itertools.islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
def chunks(iterable, n, *, strict=False):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        if strict and len(batch) < n:
            raise ValueError(f"incomplete final chunk of {len(batch)}")
        yield batch
def rle(s):
    return [(k, sum(1 for _ in g)) for k, g in itertools.groupby(s)]
def unrle(pairs):
    return "".join(itertools.chain.from_iterable(itertools.repeat(k, n) for k, n in pairs))
def roundrobin(*iterables):
    its = deque(iter(i) for i in iterables)
    while its:
        it = its.popleft()
        try:
            yield next(it)
        except StopIteration:
            continue
        its.append(it)
def moving_average(xs, n):
    return [round(sum(w) / n, 2) for w in sliding(xs, n)]
print(list(sliding("abcde", 3)), list(sliding([1, 2], 3)), list(sliding(range(4), 1)))
print(moving_average([1, 2, 3, 4, 10, 20], 3))
print(list(chunks(range(7), 3)), list(chunks([], 2)))
try:
    list(chunks("abcde", 2, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
enc = rle("aaabccddddde")
print(enc, unrle(enc) == "aaabccddddde")
print(list(roundrobin("ABC", "D", "EF")), list(roundrobin()))
def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
def partition(pred, it):
    t1, t2 = itertools.tee(it)
    return list(itertools.filterfalse(pred, t1)), list(filter(pred, t2))
print(partition(lambda x: x % 3 == 0, range(10)))
def flatten_dict(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten_dict(v, key)
        else:
            yield key, v
print(dict(flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": {}})))
