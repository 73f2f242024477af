# int(str, base) across bases.
for base in [2, 3, 8, 10, 16, 36]:
    print(base, int("10", base), int("11", base), int("zz", 36) if base == 36 else int("1" * 5, base))
print(int("0b1010", 0), int("0o777", 0), int("0xBEEF", 0), int("123", 0), int("-0x10", 0), int("1_0", 0))
print(int("0b1010", 2), int("0x1f", 16), int("  ff  ", 16), int("Ff", 16), int("-101", 2))
for s, b in [("2", 2), ("8", 8), ("g", 16), ("010", 0), ("0x", 16), ("", 10), ("1 0", 10)]:
    try:
        int(s, b)
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print(b, type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
