# Floor division and modulo with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 1), (-1, 1),
         (6, 3), (-6, 3), (6, -3), (100, 7), (-100, 7), (100, -7), (-100, -7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
print(-1 // 10, -1 % 10)
print(1 // -10, 1 % -10)
print(-9 // 3, -10 // 3, -11 // 3, -12 // 3)
print(9 % -4, -9 % 4, -9 % -4)
