# Lists: build, sort (with key and reverse), slicing, comprehensions, tuples.


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        out.append(x >> 40)
    return out


def main():
    checksum = 0
    for seed in range(18):
        data = lcg_list(40000, seed)
        a = sorted(data)
        b = sorted(data, key=lambda v: (v % 1000, -v))
        c = sorted(data, reverse=True)
        pairs = [(v % 97, v) for v in data]
        pairs.sort()
        evens = [v for v in a if v % 2 == 0]
        odds = [v for v in a[::-1] if v % 2]
        mid = a[len(a) // 4: 3 * len(a) // 4]
        chunks = [sum(a[i:i + 100]) for i in range(0, len(a), 100)]
        sq = [x * x for x in mid[:500]]
        merged = evens[:1000] + odds[:1000]
        merged.sort(key=lambda v: -v)
        checksum += (a[0] + a[-1] + b[0] + b[-1] + c[0] + pairs[0][1] + pairs[-1][1]
                     + len(evens) - len(odds) + sum(chunks) % 1000003 + sum(sq) % 999983
                     + merged[0] + merged[-1] + mid[len(mid) // 2])
        checksum %= 2 ** 61 - 1
    print("list_sort checksum", checksum)


main()
