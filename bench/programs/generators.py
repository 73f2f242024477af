# Generator pipelines: lazily chained stages (source, map, filter, windowing,
# batching, flattening, merging of sorted streams), recursive generators with
# `yield from` (tree walks, permutations), generator expressions consumed by
# sum/max/any, and the generator protocol driven by next() and StopIteration.


def lcg_stream(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 8


def scaled(values, modulus):
    for v in values:
        yield v % modulus


def only(pred, values):
    for v in values:
        if pred(v):
            yield v


def windows(values, size):
    window = []
    for v in values:
        window.append(v)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def batches(values, size):
    batch = []
    for v in values:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def merge_sorted(a, b):
    """Merge two ascending iterators into one ascending stream."""
    a, b = iter(a), iter(b)
    sentinel = object()
    x = next(a, sentinel)
    y = next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        if x <= y:
            yield x
            x = next(a, sentinel)
        else:
            yield y
            y = next(b, sentinel)
    if x is not sentinel:
        yield x
        yield from a
    if y is not sentinel:
        yield y
        yield from b


def count_up(start, step):
    n = start
    while True:
        yield n
        n += step


def take(n, values):
    for i, v in enumerate(values):
        if i >= n:
            return
        yield v


class Tree(object):
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

    def insert(self, key):
        node = self
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Tree(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Tree(key)
                    return
                node = node.right

    def in_order(self):
        if self.left is not None:
            yield from self.left.in_order()
        yield self.key
        if self.right is not None:
            yield from self.right.in_order()

    def depth_first(self, depth=0):
        yield depth, self.key
        for child in (self.left, self.right):
            if child is not None:
                yield from child.depth_first(depth + 1)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.insert(0, items[i])
            yield p


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def pipeline_round(seed):
    source = scaled(lcg_stream(seed, 50000), 1000)
    odd = only(lambda v: v & 1, source)
    sums = (sum(w) for w in windows(odd, 4))
    acc = 0
    for batch in batches(sums, 16):
        acc = (acc * 31 + max(batch) - min(batch) + len(batch)) % 1000000007
    return acc


def main():
    checksum = 0
    for seed in range(1, 17):
        r = pipeline_round(seed)
        print("pipeline %d: %d" % (seed, r))
        checksum = (checksum * 7 + r) % 1000000007

    evens = (n for n in count_up(0, 2))
    threes = (n for n in count_up(0, 3))
    merged = list(take(300000, merge_sorted(evens, threes)))
    print("merged", len(merged), merged[:8], merged[-1], sum(merged) % 1000003)
    checksum = (checksum + sum(merged)) % 1000000007

    nested = [[i, [i * 2, [i * 3, [i * 4]]]] for i in range(80000)]
    flat_total = sum(flatten(nested))
    print("flatten total", flat_total)
    checksum = (checksum * 3 + flat_total) % 1000000007

    tree = Tree(50000)
    for v in lcg_stream(99, 40000):
        tree.insert(v % 100000)
    ordered = list(tree.in_order())
    assert ordered == sorted(ordered)
    deepest = max(d for d, _ in tree.depth_first())
    print("tree size %d deepest %d sum %d" % (len(ordered), deepest, sum(ordered)))
    checksum = (checksum * 3 + deepest + sum(ordered)) % 1000000007

    perm_sum = 0
    for k, p in enumerate(permutations(list(range(8)))):
        perm_sum += k * p[0] + p[-1]
    print("permutations", perm_sum)
    checksum = (checksum * 3 + perm_sum) % 1000000007

    longest = max((sum(1 for _ in collatz(n)), n) for n in range(1, 40000))
    last_total = 0
    for last_total in running_total(v for v in collatz(27)):
        pass
    print("collatz longest", longest, "sum(27)", last_total)
    checksum = (checksum * 3 + longest[0] * longest[1] + last_total) % 1000000007

    gen = count_up(10, 10)
    firsts = [next(gen) for _ in range(3)]
    gen.close()
    try:
        next(gen)
        closed = "still open"
    except StopIteration:
        closed = "closed"
    print("protocol", firsts, closed, any(v > 5 for v in take(10, count_up(0, 1))))
    print("generators checksum", checksum)


main()
