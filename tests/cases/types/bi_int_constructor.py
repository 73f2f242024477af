# int() parsing with bases, underscores, whitespace, and error messages.
print(int(), int("42"), int("  -17\n"), int("+5"), int("1_000"), int("0b101", 0), int("0o17", 0), int("0xff", 0), int("ff", 16), int("FF", 16), int("z", 36), int("10", 2))
print(int("0x_ff", 16), int("0b_1", 2), int(3.99), int(-3.99), int(True), int("١٢٣"), int(" 0 ", 0), int("00", 0), int("0", 0), int(b"12"), int(bytearray(b"7")))
print(int(1e20), int(-0.0), int("9" * 30), int("101", base=2))
class Ix:
    def __index__(self):
        return 11
class In:
    def __int__(self):
        return 12
print(int(Ix()), int(In()))
for args in [("abc",), ("",), ("1.5",), ("1__0",), ("_1",), ("1_",), ("08", 0), ("0x", 16), ("12", 2), ("1", 1), ("1", 37), ("1", -1), ("  ",), ("0b2", 0), ("1 2",), ("١x",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(None,), ([1],), (1.5, 10), (5, 2), ("1", "2"), (1j,)]:
    try:
        print(int(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan"), float("-inf")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(int("10", 0) if False else int("10", base=0), int("-0b11", 0), int("-0x1", 16))
