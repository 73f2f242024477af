# Messages of invalid int() literals, including long and unusual inputs.
for s in ["x", "1.0", "1e5", "1,000", "12a", "0x1f", "abc", "inf", "nan", "None", "True", "1j",
          "½", "-", "'5'", "5L", "0b1", "3.", ".5", "1 2", "\x00", "é"]:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [("z", 35), ("12", 2), ("ff", 15), ("x", 16), ("1.5", 16), ("", 8), ("-", 36)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
long = "9" * 150 + "x"
try:
    int(long)
except ValueError as e:
    msg = str(e)
    print(type(e).__name__, len(msg), msg[:60], msg[-10:])
try:
    int(b"12x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(bytearray(b"0x7"), 10)
except ValueError as e:
    print(type(e).__name__, e)
for v in [None, [1], "5".encode() + b"\xff", 1j, object]:
    try:
        print(int(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
