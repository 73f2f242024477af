# Multiplication of ints of mixed sizes and signs.
vals = [0, 1, -1, 7, -7, 2**31, 2**32 - 1, 2**63 - 1, -2**63, 2**64, 3**50, -(5**40)]
for a in vals:
    print(a, [a * b for b in vals[:6]])
print((2**63) * (2**63), (-(2**63)) * (2**63), (2**64 - 1) ** 2)
print(3**50 * -(5**40))
a = 12345678901234567890123456789
b = 98765432109876543210987654321
print(a * b, -a * b, a * -b, -a * -b)
print(a * 0, 0 * -a, (a * b) // b == a, (a * b) % a)
p = 1
for i in range(1, 60):
    p *= (2**i - 1)
print(p)
print(len(str(p)), p % 1000000007)
print((10**200 + 1) * (10**200 - 1) == 10**400 - 1)
x = 7**300
print(str(x * x)[:40], str(x * x)[-40:])
print(x * x == 7**600, (-x) * x == -(7**600))
s = 1
for _ in range(64):
    s *= -3
print(s, s.bit_length())
print(True * 2**70, False * 2**70, 2**70 * True)
