# Pseudo-random big-int arithmetic; results summarised by digests and spot values.
state = 42
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 63) // 64):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 64) | state
    return out >> ((bits + 63) // 64 * 64 - bits)
digest = 0
for i in range(300):
    a = rnd(1 + i * 7 % 900)
    b = rnd(1 + i * 13 % 500) or 1
    if i % 3 == 1:
        a = -a
    if i % 4 == 2:
        b = -b
    q, r = divmod(a, b)
    assert q * b + r == a and (r == 0 or (r < 0) == (b < 0))
    p = a * b
    s = a + b
    x = a ^ b
    digest = (digest * 1000003 + q + r + p % 1000000007 + s + x + (a & b) + (a | b)) % (2**127 - 1)
    if i % 30 == 0:
        print(i, q % 10**12, r % 10**12, str(p)[:15], hex(x)[:15], (a >> 17) % 99991, (b << 5) % 99989)
print(digest)
n = rnd(3000)
print(len(str(n)), str(n)[:30], str(n)[-30:], int(str(n)) == n, int(hex(n), 16) == n)
print(pow(n, 65537, rnd(2048) | 1) % 10**20)
