# Tuple and list unpacking in tight loops: swaps and rotations, unpacking of
# tuples returned from functions, nested targets, starred targets, unpacking
# in for-loop headers (enumerate, zip, dict.items), building and unpacking
# records, and unpacking in comprehensions.


def divmod_chain(n):
    digits = []
    while n:
        n, d = divmod(n, 10)
        digits.append(d)
    return digits


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000000007
    return a, b


def rotate3(a, b, c, steps):
    for _ in range(steps):
        a, b, c = b, c, a + 1
    return a, b, c


def gcd_ext(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, r = divmod(a, b)
        a, b = b, r
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def records(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 48271) % 2147483647
        out.append((i, (x % 100, x % 7), [x % 3, x % 5, x % 11, x % 13]))
    return out


def process(recs):
    total = 0
    for ident, (score, bucket), [a, b, c, d] in recs:
        total += ident * bucket + score - a + b * c - d
    heads = 0
    tails = 0
    for first, *middle, last in (r[2] for r in recs):
        heads += first
        tails += last + len(middle)
    return total, heads, tails


def matrix_pairs(n):
    rows = [(i, i * i, i * i * i) for i in range(n)]
    acc = 0
    for (a1, b1, c1), (a2, b2, c2) in zip(rows, rows[1:]):
        acc += a1 * b2 - b1 * a2 + (c2 - c1) % 97
    return acc


def swap_sort(values):
    """Bubble-ish odd-even transposition sort using tuple swaps."""
    values = list(values)
    n = len(values)
    changed = True
    while changed:
        changed = False
        for start in (0, 1):
            for i in range(start, n - 1, 2):
                if values[i] > values[i + 1]:
                    values[i], values[i + 1] = values[i + 1], values[i]
                    changed = True
    return values


def main():
    checksum = 0

    s = 0
    for n in range(1, 300001):
        s += sum(divmod_chain(n * 7919))
    print("digit sums", s)
    checksum = (checksum * 31 + s) % 1000000007

    a, b = fib_pair(1000000)
    print("fib pair", a, b)
    checksum = (checksum * 31 + a + b) % 1000000007

    r = rotate3(1, 2, 3, 1000000)
    print("rotate3", r)
    checksum = (checksum * 31 + sum(r)) % 1000000007

    g = 0
    for i in range(1, 150000):
        d, x, y = gcd_ext(i * 7 + 3, i * 11 + 5)
        g += d + x - y
    print("gcd_ext", g)
    checksum = (checksum * 31 + g) % 1000000007

    recs = records(200000, 11)
    total, heads, tails = process(recs)
    print("records", total, heads, tails)
    checksum = (checksum * 31 + total + heads + tails) % 1000000007

    m = matrix_pairs(200000)
    print("matrix pairs", m)
    checksum = (checksum * 31 + m) % 1000000007

    table = {"k%03d" % i: (i, -i) for i in range(300)}
    acc = 0
    for _ in range(300):
        for key, (pos, neg) in table.items():
            acc += pos * 3 + neg + len(key)
    print("dict items", acc)
    checksum = (checksum * 31 + acc) % 1000000007

    x = 12345
    values = []
    for _ in range(400):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(x % 1000)
    ordered = swap_sort(values)
    assert ordered == sorted(values)
    head, *_, tail = ordered
    print("swap sort", head, tail, sum(i * v for i, v in enumerate(ordered)))
    checksum = (checksum * 31 + sum(i * v for i, v in enumerate(ordered))) % 1000000007

    pairs = [(i, j) for i in range(300) for j in range(i % 7)]
    flipped = sorted((j, i) for i, j in pairs)
    (j0, i0), *rest = flipped
    print("comprehension unpack", len(pairs), (j0, i0), rest[-1])
    checksum = (checksum * 31 + len(rest) + rest[-1][1]) % 1000000007

    print("unpack_sequence checksum", checksum)


main()
