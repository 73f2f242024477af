# Base prefixes with explicit bases and with base 0.
for s in ["0x1f", "0X1F", "-0x1f", "+0xff", "0o17", "0O17", "-0o17", "0b101", "0B101", "-0b1",
          "0", "00", "000", "0_0", "123", "-123", "0x_ff", "0b_1_0", "0o_7"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["010", "0x", "0b", "0o", "0b2", "0o8", "0xg", "08", "00x1", "0__0", "_0x1", "0x1_", "1e3"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(int("0x10", 16), int("0o10", 8), int("0b10", 2), int("0b1", 16), int("0x_a", 16))
for s, base in [("0x10", 8), ("0o10", 16), ("0b10", 8), ("0x10", 10), ("0o7", 2), ("0b", 16)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, type(e).__name__, e)
print(int("0b" + "1" * 70, 0), int("0xdeadbeefcafebabe1234", 0), int("-0o777_777", 0))
