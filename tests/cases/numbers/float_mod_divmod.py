# Float % and // follow the divisor's sign; results may be -0.0.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (-0.0, -3),
         (6.0, 3), (-6.0, 3), (6.0, -3), (-6.0, -3), (1e-300, 1), (-1e-300, 1), (1, 1e300), (-1, 1e300),
         (5, float("inf")), (-5, float("inf")), (5, float("-inf")), (-5, float("-inf")), (0.3, 0.1),
         (1e20, 3), (2**70, 3.5), (3.5, 2**70)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(repr(a), repr(b), repr(a % b), repr(a // b), repr(q), repr(r))
for a in [float("inf"), float("-inf"), float("nan")]:
    print(repr(a % 2), repr(a // 2), repr(divmod(a, 3)))
print(repr(2 % float("nan")), repr(float("nan") // 1))
print(repr(-0.0 // 1), repr(-0.0 % 1), repr(0.0 // -1), repr(0.0 % -1), repr(-1e-320 % 1))
print(repr(5 % -0.5), repr(-5 % 0.5), repr(5.0 // 0.1), repr(5.0 % 0.1), repr(1.0 // 0.1))
x = 10.5
x %= 4
print(x)
x //= -1.5
print(x)
