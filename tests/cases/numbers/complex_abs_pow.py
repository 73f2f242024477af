# abs, conjugate, and powers of complex numbers.
for z in [3 + 4j, -3 - 4j, 1j, 0j, 1e300 + 1e300j, 5e-324 + 5e-324j, complex(float("inf"), float("nan")),
          complex(float("nan"), 1), 1 + 1j]:
    print(repr(z), repr(abs(z)), repr(z.conjugate()))
try:
    print(abs(complex(1e308, 1e308)))
except OverflowError as e:
    print(type(e).__name__, e)
for e in [0, 1, 2, 3, 4, 5, -1, -2, 10, 0.5, -0.5, 2.0, 1j, 1 + 1j]:
    print(e, repr((1 + 1j) ** e), repr(1j ** e), repr((2 - 3j) ** e))
print(repr(0j ** 0), repr(0j ** 2), repr((0 + 0j) ** (1 + 0j)), repr(2 ** 1j), repr(2.5 ** (1 - 1j)))
print(repr((-1 + 0j) ** 0.5), repr((-8 + 0j) ** (1 / 3)))
for base, exp in [(0j, -1), (0j, -1.5), (0j, 1j), (0j, -1 + 1j)]:
    try:
        print(repr(base ** exp))
    except ZeroDivisionError as e:
        print(base, exp, type(e).__name__, e)
for base, exp in [(1e200 + 1e200j, 2), (10 + 10j, 1000), (2j, 10**6)]:
    try:
        print(repr(base ** exp))
    except OverflowError as e:
        print(type(e).__name__, e)
print(repr(pow(1j, 2)), repr(pow(2 + 0j, 3)), repr(pow(1j, 1000001)), repr((1 + 2j) ** 100 / (1 + 2j) ** 99))
