# Floor division and modulo of big ints whose quotient is small (the dividend a few bits
# to a few dozen bits longer than the divisor), with every sign combination, exact
# multiples, off-by-one neighbours and powers of two, checked against divmod's identity.
def check(x, y):
    q, r = x // y, x % y
    assert q * y + r == x, (x, y)
    assert (r == 0) or ((r > 0) == (y > 0)), (x, y)
    assert abs(r) < abs(y), (x, y)
    return q, r


seed = 12345


def rnd(bits):
    global seed
    v = 1
    while v.bit_length() < bits:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        v = (v << 32) | (seed >> 32)
    return v >> (v.bit_length() - bits)


total = 0
for ybits in (65, 100, 128, 129, 300, 1000, 5000):
    for extra in (0, 1, 5, 31, 59, 60, 61, 64, 100):
        y = rnd(ybits)
        x = rnd(ybits + extra)
        for sx in (1, -1):
            for sy in (1, -1):
                q, r = check(sx * x, sy * y)
                total += q % 1000003 + r % 1000003
        # Exact multiples and their neighbours.
        for k in (1, 2, 3, 2**20 + 7, 2**59 - 1):
            for d in (-1, 0, 1):
                q, r = check(k * y + d, y)
                total += q + r % 999983
print("checksum", total)

# Powers of two and numbers just under them.
for b in (65, 128, 640):
    p = 2**b
    print(b, (p * 7 + 3) // p, (p * 7 + 3) % p, (p - 1) // (p // 2), (p - 1) % (p // 2) == p // 2 - 1)
    print((p * 2**59) // (p - 1), (p * 2**59) % (p - 1))

# A spigot step, the kind of expression that needs this.
q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 300:
    if 4 * q + r - t < m * t:
        digits.append(m)
        q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
    else:
        q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                            (q * (7 * k + 2) + r * x) // (t * x), x + 2)
print("".join(map(str, digits))[-50:])
print(divmod(10**400 + 12345, 10**399 + 1))
print(divmod(-(10**400 + 12345), 10**399 + 1))
