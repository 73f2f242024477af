# True division of ints: correctly rounded floats, huge operands.
pairs = [(1, 3), (2, 3), (-1, 3), (10, 4), (7, -2), (0, 5), (0, -5), (2**53 + 1, 1),
         (2**53 + 1, 2), (10**30, 10**15), (10**400, 10**399), (1, 10**400),
         (-(10**400), 3 * 10**399), (2**1100, 2**1000), (123456789 * 10**300, 10**310)]
for a, b in pairs:
    print(repr(a / b))
print(repr((2**1024 - 1) / 2**1000))
print(repr(2**1023 / 1), repr(-(2**1023) / 1))
print(repr((10**40 + 1) / 10**40), repr(1 / 2**1074), repr(1 / 2**1075), repr(3 / 2**1076))
for a, b in [(10**400, 1), (2**1024, 1), (-(10**400), 7)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(10**400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10**400))
except OverflowError as e:
    print(type(e).__name__, e)
for b in [0, False]:
    try:
        print(1 / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(repr(-0 / 5), repr(0 / -5), type(4 / 2).__name__, 4 / 2)
x = 9
x /= 2
print(x)
