# abs() and divmod() across numeric types and their errors.
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-10**30), abs(3 + 4j), abs(-3j), abs(float("-inf")))
print(abs(float("nan")) != abs(float("nan")), type(abs(True)).__name__, type(abs(-1.0)).__name__)
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
for bad in ["x", None, [1], A]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (7.5, 2), (-7.5, 2), (7, 0.5), (10**20, 7), (-10**20, 7), (True, 2), (1, -0.0 + 3)]:
    print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
print(divmod(5.0, -3), divmod(-5.0, 3), divmod(0.0, -1), divmod(-0.0, 1), divmod(float("inf"), 2) if False else "skip")
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [("a", 1), (1, "a"), (1j, 1), (None, 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
