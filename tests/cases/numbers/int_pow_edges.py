# Integer powers: zero, one, negative bases, negative exponents -> floats.
for b in [0, 1, -1, 2, -2, 10, -10]:
    print(b, [b ** e for e in range(0, 8)])
for b in [1, -1, 2, -2, 3, 10, -10, 2**10]:
    print(b, [repr(b ** e) for e in (-1, -2, -3, -10)])
print(0 ** 0, pow(0, 0), (-1) ** (10**20), (-1) ** (10**20 + 1), 1 ** (10**30))
print(2 ** 1000 % 10**20, len(str(3 ** 5000)), (-3) ** 101 < 0)
for e in [-1, -2, -(10**20)]:
    try:
        print(0 ** e)
    except ZeroDivisionError as e2:
        print(type(e2).__name__, e2)
try:
    print(pow(0, -1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(repr(2 ** -1074), repr(2 ** -1075), repr(10 ** -400))
try:
    print(2 ** -1100 * 1.0, 10 ** -400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
print(True ** 5, False ** 0, 2 ** True, (-2) ** False)
print(pow(2, 3.0), pow(2.0, 3), repr(pow(4, 0.5)), repr(pow(-8, 2.0)))
print(pow(-8, 1/3))
print(repr((-1) ** 0.5), type((-2) ** 0.5).__name__)
x = 3
x **= 40
print(x)
x **= -1
print(repr(x))
