# int() on a string that is not an integer literal.
print(int("8"), int(" 9 "), int("-0"))
print(int("ff", 16), int("0x10", 16))
raw = ["12", "-7", " 40 ", "0x10", "3.5"]
total = 0
for r in raw:
    print("parsing", repr(r))
    total += int(r)
    print("  total", total)
print("unreachable", total)
