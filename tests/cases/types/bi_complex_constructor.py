# complex() construction, parsing and repr.
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.5), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-j"), complex("2"), complex("(1+1j)"), complex("1e3j"))
print(complex(1j, 1j), complex(1, 1j), complex(True, False), complex("inf+nanj"), complex(-0.0, -0.0), complex(0, -0.0))
print(repr(1j), repr(-1j), repr(0j), repr(1 + 0j), repr(-0.0 - 0j), repr(complex(0.0, -1)), repr(2.5 + 1e20j), str(1 + 2j))
print((1 + 2j).real, (1 + 2j).imag, (3 + 4j).conjugate(), abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 1j) ** 2, 1j ** 2, (2 + 0j) == 2)
for s in ["1+", "1 + 2j", "j1", "abc", "", "1+2", "((1+2j))", "1+2jj"]:
    try:
        complex(s)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("1", 2), (1, "2"), (None,), ([1],)]:
    try:
        complex(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for f in [lambda: (1 + 1j) < (2 + 2j), lambda: int(1j), lambda: float(1j), lambda: (1j) // 1, lambda: (1j) % 1]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 5j
print(complex(C()), hash(1 + 0j) == hash(1), {1j: "a"}[complex(0, 1)])
