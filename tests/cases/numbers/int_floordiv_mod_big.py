# Floor division and modulo signs with small and huge operands.
big = 10**40 + 7
nums = [7, -7, 0, 1, -1, 13, -13, big, -big, 2**64, -(2**64)]
dens = [3, -3, 1, -1, 7, big, -big, 2**63 + 1]
for a in nums:
    print(a, [(a // d, a % d) for d in dens])
for a in nums:
    for d in dens:
        q, r = a // d, a % d
        assert q * d + r == a
        assert r == 0 or (r > 0) == (d > 0)
print("identities ok")
print(-1 // big, -1 % big, 1 // -big, 1 % -big)
print((2**200) // (2**100 + 1), (2**200) % (2**100 + 1))
print(-(2**200) // (2**100 + 1), -(2**200) % (2**100 + 1))
print((-(2**64)) // -1, (-(2**63)) // -1, (-(2**63)) % -1)
for d in [0, -0]:
    try:
        print(big // d)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(big % d)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
x = big
x //= -3
print(x)
x %= 1000
print(x)
