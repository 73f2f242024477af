# int() from strings, floats, bools, with bases.
print(int(), int("42"), int("-42"), int("  17  "), int("+8"))
print(int("1_000_000"), int("0"), int("-0"), int(True), int(False))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8))
print(int("0o17", 0), int("0b101", 0), int("101", 2), int("z", 36), int("Zz", 36))
print(int(3.99), int(-3.99), int(1e10), int(-0.5))
print(int("123456789012345678901234567890"))
for bad in ["", "abc", "1.5", "12x", "0x", " "]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
