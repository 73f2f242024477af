# List, dict and set comprehensions and generator expressions: nested and
# filtered comprehensions, comprehensions over zip/enumerate/range/dict items,
# conditional expressions inside them, comprehensions building lookup tables,
# matrix operations written as nested comprehensions, generator expressions
# consumed by sum/min/max/any/all/sorted, and comprehension scoping.


def matmul(a, b):
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]


def transpose(m):
    return [list(col) for col in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow_mod(m, e, mod):
    result = identity(len(m))
    while e:
        if e & 1:
            result = [[v % mod for v in row] for row in matmul(result, m)]
        m = [[v % mod for v in row] for row in matmul(m, m)]
        e >>= 1
    return result


def pythagorean(limit):
    return [(a, b, c) for a in range(1, limit) for b in range(a, limit)
            for c in [int((a * a + b * b) ** 0.5)] if c < limit and c * c == a * a + b * b]


def make_people(n):
    first = ["ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal"]
    last = ["smith", "jones", "brown", "white", "green"]
    return [{"id": i, "name": "%s %s" % (first[i % 8], last[(i * 3) % 5]),
             "age": 20 + (i * 7) % 50, "dept": ("ops", "dev", "qa", "hr")[(i * 5) % 4],
             "salary": 30000 + (i * 7919) % 50000}
            for i in range(n)]


def report(people):
    depts = sorted({p["dept"] for p in people})
    by_dept = {d: [p for p in people if p["dept"] == d] for d in depts}
    avg = {d: sum(p["salary"] for p in ps) // len(ps) for d, ps in by_dept.items()}
    oldest = {d: max(ps, key=lambda p: (p["age"], p["id"]))["name"] for d, ps in by_dept.items()}
    surnames = {p["name"].split()[1] for p in people if p["age"] > 40}
    brackets = {b: sum(1 for p in people if p["salary"] // 10000 == b)
                for b in range(3, 9)}
    return depts, avg, oldest, sorted(surnames), brackets


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]


def word_stats(words):
    lengths = {w: len(w) for w in words}
    initials = {w[0] for w in words}
    groups = {c: sorted(w for w in set(words) if w[0] == c) for c in sorted(initials)}
    vowels = sum(1 for w in words for ch in w if ch in "aeiou")
    return lengths, groups, vowels


def main():
    checksum = 0

    m = [[(i * 3 + j * 7) % 11 for j in range(20)] for i in range(20)]
    for e in (10 ** 6 + 3, 10 ** 9 + 7, 2 ** 40 + 15, 3 ** 25):
        p = mat_pow_mod(m, e, 1000003)
        checksum = (checksum * 31 + p[-1][0]) % 1000000007
    tr = transpose(p)
    diag = [p[i][i] for i in range(len(p))]
    print("matrix power trace %d, corner %d, symmetric %s"
          % (sum(diag) % 1000003, p[0][-1], tr == p))
    checksum = (checksum * 31 + sum(sum(row) for row in p)) % 1000000007

    triples = pythagorean(800)
    primitive = [t for t in triples if all(t[0] % k or t[1] % k for k in range(2, t[0] + 1))]
    print("pythagorean triples %d, primitive %d, last %r" % (len(triples), len(primitive), triples[-1]))
    checksum = (checksum * 31 + len(triples) * 1000 + len(primitive)) % 1000000007

    people = make_people(20000)
    for round_ in range(24):
        depts, avg, oldest, surnames, brackets = report(people[round_ * 600:])
        checksum = (checksum * 31 + sum(avg.values()) + sum(brackets.values())) % 1000000007
    print("depts", depts, "avg", [avg[d] for d in depts])
    print("oldest", [oldest[d] for d in depts], "surnames", surnames)
    print("brackets", sorted(brackets.items()))

    primes = sieve(2000000)
    gaps = [b - a for a, b in zip(primes, primes[1:])]
    gap_hist = {g: gaps.count(g) for g in sorted(set(gaps))[:6]}
    print("primes %d, max gap %d, gaps %r" % (len(primes), max(gaps), sorted(gap_hist.items())))
    checksum = (checksum * 31 + len(primes) + sum(gap_hist.values())) % 1000000007

    text = " ".join("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
                    [(i * 5) % 12] + str(i % 13) for i in range(200000))
    words = text.split()
    lengths, groups, vowels = word_stats(words)
    print("words %d distinct %d groups %r vowels %d"
          % (len(words), len(lengths), {k: len(v) for k, v in groups.items()}, vowels))
    checksum = (checksum * 31 + vowels + sum(lengths.values())) % 1000000007

    squares = {x: x * x for x in range(2000)}
    inverse = {v: k for k, v in squares.items()}
    sums = {a + b for a in range(0, 2000, 7) for b in range(0, 2000, 11)}
    evens = [x if x % 2 == 0 else -x for x in range(600000)]
    gen_total = sum(v for v in evens if v > 0)
    nested = [[y for y in range(x % 9)] for x in range(120000)]
    flat = [v for row in nested for v in row if v]
    x = "outer"
    scoped = [x for x in range(5)]
    print("dict %d inverse %d sums %d gen %d flat %d scope %r %r any %s all %s"
          % (len(squares), inverse[1999 * 1999], len(sums), gen_total, len(flat), x, scoped,
             any(v < -99990 for v in evens), all(len(r) < 9 for r in nested)))
    checksum = (checksum * 31 + len(sums) + gen_total + len(flat)) % 1000000007
    print("comprehensions checksum", checksum)


main()
