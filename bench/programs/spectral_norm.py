# Spectral norm of the infinite matrix A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1),
# truncated to n x n, by power iteration on A^T A.  Float arithmetic in nested
# loops, a small helper function called n^2 times per product, zip and sum
# over generator expressions.


def entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def times_a(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j, uj in enumerate(u):
            total += entry(i, j) * uj
        out.append(total)
    return out


def times_at(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * u[j]
        out.append(total)
    return out


def times_ata(u):
    return times_at(times_a(u))


def spectral_norm(n, iterations):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = times_ata(u)
        u = times_ata(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(x * x for x in v)
    return (vbv / vv) ** 0.5


def main():
    results = []
    for n in (64, 128, 256, 320):
        value = spectral_norm(n, 10)
        results.append(value)
        print("n=%d spectral norm %.9f" % (n, value))
    print("spectral_norm checksum %.9f" % sum(results))


main()
