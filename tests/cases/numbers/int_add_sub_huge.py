# Addition and subtraction across machine-word boundaries and with huge values.
edges = [0, 1, -1, 2**31 - 1, 2**31, -2**31, 2**32, 2**62, 2**63 - 1, 2**63, -2**63,
         -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**127, 2**128 + 1, -(2**200)]
for a in edges:
    print(a, a + 1, a - 1, -a, a + a, a - a)
for a in edges[::3]:
    for b in edges[1::4]:
        print(a, b, a + b, a - b, b - a)
big = 10**100
print(big + 1, big - 1)
print(big - big == 0, (big + 1) - big, -big + big)
print(sum(range(10**6)), sum([2**64] * 1000))
x = 2**63 - 1
x += 1
print(x, type(x).__name__)
x -= 2**64
print(x)
y = -(2**64)
y -= 1
print(y, y + 2**64 + 1)
print((10**50 + 7) - (10**50 - 7), 10**30 - 10**29 - 10**28)
print(123456789123456789123456789 + -123456789123456789123456788)
