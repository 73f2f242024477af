# Set- and dict-heavy counting: building sets of ints, strings and tuples,
# union/intersection/difference/symmetric difference (operators and methods),
# subset tests, frozensets as dict keys, membership tests, dict counting with
# get/setdefault, dict views and set operations on keys, inverted indexes,
# connected components with sets.  Output never depends on iteration order.


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 4


def sieve_set(limit):
    composite = set()
    primes = []
    for n in range(2, limit):
        if n not in composite:
            primes.append(n)
            composite.update(range(n * n, limit, n))
    return set(primes)


def word_sets(rng, n_docs, vocab):
    docs = []
    for _ in range(n_docs):
        size = 5 + next(rng) % 20
        docs.append({vocab[next(rng) % len(vocab)] for _ in range(size)})
    return docs


def inverted_index(docs):
    index = {}
    for i, words in enumerate(docs):
        for w in words:
            index.setdefault(w, set()).add(i)
    return index


def components(edges, n):
    """Connected components by merging sets (smaller into larger)."""
    owner = {v: {v} for v in range(n)}
    for a, b in edges:
        sa, sb = owner[a], owner[b]
        if sa is sb:
            continue
        if len(sa) < len(sb):
            sa, sb = sb, sa
        sa |= sb
        for v in sb:
            owner[v] = sa
    seen = set()
    sizes = []
    for v in range(n):
        if v not in seen:
            comp = owner[v]
            seen |= comp
            sizes.append(len(comp))
    return sorted(sizes, reverse=True)


def main():
    checksum = 0
    rng = lcg(42)

    primes = sieve_set(500000)
    twins = {p for p in primes if p + 2 in primes}
    mod4 = {p % 4 for p in primes}
    print("primes", len(primes), "twins", len(twins), "residues mod 4", sorted(mod4))
    checksum = (checksum * 31 + len(primes) * 7 + len(twins)) % 1000000007

    vocab = ["w%03d" % i for i in range(400)]
    docs = word_sets(rng, 12000, vocab)
    index = inverted_index(docs)
    common = set(index["w001"]) & index["w002"]
    either = index["w003"] | index["w004"]
    only = index["w005"] - index["w006"]
    sym = index["w007"] ^ index["w008"]
    pair_hits = 0
    for i in range(0, 400, 7):
        a = index.get(vocab[i], set())
        b = index.get(vocab[(i * 13 + 5) % 400], set())
        pair_hits += len(a.intersection(b)) + len(a.union(b)) - len(a.difference(b))
    print("index terms %d common %d either %d only %d sym %d pairs %d"
          % (len(index), len(common), len(either), len(only), len(sym), pair_hits))
    checksum = (checksum * 31 + pair_hits + len(common) + len(sym)) % 1000000007

    sim = 0
    for i in range(len(docs) - 1):
        a, b = docs[i], docs[i + 1]
        inter = len(a & b)
        if inter:
            sim += inter * 1000 // len(a | b)
        if a <= b or b.issubset(a):
            sim += 1
        if a.isdisjoint(b):
            sim += 3
    print("adjacent similarity", sim)
    checksum = (checksum * 31 + sim) % 1000000007

    counts = {}
    pair_counts = {}
    for words in docs:
        ordered = sorted(words)
        for w in ordered:
            counts[w] = counts.get(w, 0) + 1
        for a, b in zip(ordered, ordered[1:]):
            key = frozenset((a, b))
            pair_counts[key] = pair_counts.get(key, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_pairs = sorted(((c, tuple(sorted(k))) for k, c in pair_counts.items()), reverse=True)[:3]
    print("top words", top)
    print("top pairs", top_pairs)
    checksum = (checksum * 31 + sum(c for _, c in top) + len(pair_counts)) % 1000000007

    edges = []
    n = 50000
    for _ in range(35000):
        edges.append((next(rng) % n, next(rng) % n))
    sizes = components(edges, n)
    print("components", len(sizes), "largest", sizes[:5], "singletons", sizes.count(1))
    checksum = (checksum * 31 + len(sizes) + sizes[0]) % 1000000007

    size = 240
    grid = set()
    for _ in range(size * size * 3 // 4):
        grid.add((next(rng) % size, next(rng) % size))
    for step in range(12):
        neighbours = {}
        for x, y in grid:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        key = ((x + dx) % size, (y + dy) % size)
                        neighbours[key] = neighbours.get(key, 0) + 1
        grid = {cell for cell, c in neighbours.items() if c == 3 or (c == 2 and cell in grid)}
        print("life step %d: %d cells, min %r" % (step, len(grid), min(grid)))
        checksum = (checksum * 31 + len(grid) + sum(x * size + y for x, y in grid)) % 1000000007

    keys_a = {k: v for k, v in counts.items() if v % 2}
    keys_b = {k: v for k, v in counts.items() if v % 3}
    view_ops = (len(keys_a.keys() & keys_b.keys()), len(keys_a.keys() - keys_b.keys()),
                len(keys_a.keys() | keys_b.keys()))
    print("dict views", view_ops)
    checksum = (checksum * 31 + sum(view_ops)) % 1000000007
    print("set_counting checksum", checksum)


main()
