# Mixed int/float arithmetic: result types and conversion edge cases.
pairs = [(3, 0.5), (-3, 0.5), (2**53 + 1, 1.0), (2**63, 2.0), (10**20, 1e-5), (7, -2.0), (True, 0.25)]
for a, b in pairs:
    print(repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(a // b), repr(a % b), repr(b - a))
print(repr(2**53 + 1 + 0.0), repr(float(2**53 + 1)), repr(float(2**54 + 3)), repr(float(2**64 - 1)))
print(repr(float(2**1024 - 2**970 - 1)), repr(float(-(2**1023))))
try:
    print(float(2**1024 - 2**970))
except OverflowError as e:
    print(type(e).__name__, e)
print(repr(float(2**1024 - 2**971)))
print(repr(float(10**22)), repr(float(10**23)), repr(float(123456789012345678901234567890)))
for v in [0, 1, -1, 2**52 + 1, 2**53 + 1, 2**53 + 3, 2**55 + 4, 2**55 + 12, -(2**60 + 2**7), 2**60 + 2**7 + 1]:
    print(v, repr(float(v)), int(float(v)) - v)
print(type(1 + 1.0).__name__, type(2 * 2.5).__name__, type(4 / 2).__name__, type(4 // 2.0).__name__)
x = 5
x += 0.5
print(repr(x), type(x).__name__)
x -= 5.5
print(repr(x), x == 0, repr(-x))
print(repr(1e-320 * 2**60), repr(5e-324 / 2), repr(5e-324 * 0.5), repr(5e-324 * 0.51), repr(-5e-324 / 2))
