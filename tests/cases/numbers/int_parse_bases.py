# int(str, base) for every base from 2 to 36.
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for base in range(2, 37):
    s = digits[:base]
    print(base, s, int(s, base), int(s.upper(), base), int("-" + s[::-1], base), int("10", base))
print(int("zz", 36), int("ZZ", 36), int("Zz", base=36), int("1" * 100, 2))
print(int("7" * 40, 8), int("f" * 40, 16), int("z" * 30, 36))
for s, base in [("2", 2), ("8", 8), ("a", 10), ("g", 16), ("[", 36), ("10", 1), ("10", 37), ("10", -1)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(repr(s), base, type(e).__name__, e)
try:
    print(int(10, 10))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int("10", 2.0))
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"101", 2), int(bytearray(b"ff"), 16), int(b"  42  "))
print(int("10", 0), int("-z", 36), int("+Z", 36))
try:
    print(int("10", True))
except ValueError as e:
    print(type(e).__name__, e)
