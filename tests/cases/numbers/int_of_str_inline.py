# int(s) of strs: the short decimal ones a machine word holds, and everything around them
# (spaces, underscores, signs, leading zeros, other decimal digits, long and invalid text).
texts = ["0", "7", "-0", "+5", "-12345", "007", "000", " 12 ", "\t-3\n", "1_000",
         "123456789012345678", "-123456789012345678", "140737488355327", "140737488355328",
         "-140737488355328", "-140737488355329", "9223372036854775807",
         "99999999999999999999", "-9223372036854775808", "١٢٣", "１２", "12\u00a0"]
for t in texts:
    r = int(t)
    print(repr(t), r, type(r).__name__)
for bad in ["", "-", "+", "1__0", "_1", "1_", "0x10", "1.5", "12a", " ", "--1", "+-1",
            "1 2", "９９x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)


class S(str):
    pass


print(int(S("42")), int("ff", 16), int("0o17", 0), int(b"123"), int(bytearray(b"-9")))
