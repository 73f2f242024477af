# isdigit vs isnumeric vs isdecimal (and isalnum) on unicode digits.
samples = ["123", "²", "½", "٣", "۳", "Ⅻ", "①", "〇", "五", "１２", "𝟗", "1.5", "-1", "", " 1", "0x1", "³⁴", "⅓", "߂", "१२"]
for s in samples:
    print(repr(s), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isalpha())
for s in ["٣", "१२", "１２", "𝟗", "߂"]:
    print(repr(s), int(s), float(s))
for s in ["²", "½", "Ⅻ"]:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
print("12".isascii(), "é".isascii(), "".isascii(), "\x7f".isascii(), "\x80".isascii())
