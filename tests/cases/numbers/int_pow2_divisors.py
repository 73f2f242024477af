# Floor division and modulo of ints by powers of two (small and large), with negative
# dividends, against other divisors, and the in-place forms.
vals = [0, 1, -1, 7, -7, 2**31 - 1, -(2**31), 2**63, -(2**63) - 5, 3**50, -(3**50),
        2**64 + 12345, -(2**64) - 12345, 2**200 + 1, -(2**200) - 1]
divs = [1, 2, 8, 2**31, 2**32, 2**47, 2**48, 2**63, 2**64, 2**65, 2**100, 2**200, 2**300,
        3, 2**64 + 1, -(2**64), -8]
acc = 0
for a in vals:
    for b in divs:
        q, r = a // b, a % b
        assert q * b + r == a, (a, b)
        assert divmod(a, b) == (q, r)
        acc = (acc * 31 + q + r) % (2**61 - 1)
print(acc)
for a in (-(2**70) - 3, 2**70 + 3, -1, -(2**64)):
    print(a % 2**64, a // 2**64, a % 2**70, a // 2**70, a % (1 << 100), a // (1 << 100))
state = 12345
for _ in range(1000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
print(state, state >> 33, state // 2**33)
x = -(3**100)
x %= 2**64
y = 3**100
y //= 2**64
print(x, y)
