# a == (a // b) * b + a % b, and the sign of a % b follows b.
count = 0
for a in range(-12, 13):
    for b in [-5, -3, -1, 1, 2, 4]:
        q, r = a // b, a % b
        assert q * b + r == a
        assert r == 0 or (r > 0) == (b > 0)
        count += 1
print("checked", count)
print([x % 3 for x in range(-6, 7)])
print([x // 3 for x in range(-6, 7)])
print([x % -3 for x in range(-6, 7)])
print([x // -3 for x in range(-6, 7)])
