# Pi digits with a streaming spigot algorithm over big integers.


def pi_digits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return digits


def main():
    n = 5000
    d = pi_digits(n)
    s = "".join(str(v) for v in d)
    for i in range(0, n, 100):
        print(s[i:i + 100])
    print("pidigits checksum", sum(d), s[-10:])


main()
