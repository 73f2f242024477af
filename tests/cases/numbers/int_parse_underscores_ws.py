# Underscores and surrounding whitespace in int(str).
for s in ["1_000", "1_2_3", "  42", "42  ", "\t\n42\r\n", "\x0c7\x0b", " -5 ", "+ 5", "- 5", "1 000",
          "1__000", "_1000", "1000_", "1_000_", "-_1", "+_1", "0_7", "\u200b1", "\xa01\xa0",
          "\u20031\u3000", "١٢٣", "１２３", "4\u0660", "", "   ", "-", "+", "--1", "+-1"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s, base in [("f_f", 16), ("1_0_1", 2), ("z_z", 36), ("_f", 16), ("f__f", 16), (" 0x_f ", 16), (" 0x_f ", 0)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, type(e).__name__, e)
print(int("1_000_000_000_000_000_000_000_000"), int(" \t 9_9 \n "))
print(float("1_0.5"), int(" +0 "), int(" -0 "))
