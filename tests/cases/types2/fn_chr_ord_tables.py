# chr/ord in practice: ASCII table, code point ranges, column labels (A..Z, AA..), char arithmetic.
for row in range(2, 8):
    print(" ".join(f"{row * 16 + c:3d}:{chr(row * 16 + c)!s:1}" if 32 <= row * 16 + c < 127 else f"{row * 16 + c:3d}:." for c in range(0, 16, 3)))
def col_label(n):
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(ord("A") + r) + s
    return s
def col_index(s):
    n = 0
    for ch in s:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n
for n in [1, 26, 27, 52, 53, 702, 703, 16384]:
    print(n, col_label(n), col_index(col_label(n)))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"), chr(ord("a") - 32))
print([f"U+{ord(c):04X}" for c in "aé€𝄞"], ord("\n"), ord("\t"), chr(0), repr(chr(0)), repr(chr(127)), chr(0x3b1) + chr(0x3b2))
fullwidth = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in "Hello, 123!")
print(fullwidth, "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in fullwidth))
print(sorted("Hello World", key=ord), min("zebra", key=ord), sum(map(ord, "abc")), bytes(map(ord, "abc")))
