# Every integer presentation type.
for n in [0, 1, 9, 10, 65, 255, 1000, -1, -255, 2**64, -(2**64)]:
    print(n, format(n, "b"), format(n, "o"), format(n, "d"), format(n, "x"), format(n, "X"), format(n, "n"),
          format(n, ""), format(n, "e"), format(n, "E"), format(n, "f"), format(n, "F"), format(n, "g"),
          format(n, "G"), format(n, "%"))
for n in [65, 97, 48, 0x263A, 0x1F600, 0, 10, 128, 255, 0x10FFFF]:
    print(n, ascii(format(n, "c")), ascii(format(n, "3c")), ascii(format(n, "<3c")), ascii(format(n, "*^5c")))
for n in [-1, 0x110000, 2**64]:
    try:
        print(format(n, "c"))
    except (OverflowError, ValueError) as e:
        print(n, type(e).__name__, e)
print(format(10**20, "e"), format(10**20, ".2e"), format(12345678901234567890, "g"), format(2**100, "f"))
print(format(123456789, ".3g"), format(1, ".0%"), format(7, ".3f"), format(-7, ".3e"), format(7, "10.2g"))
print(format(2**200, ".5g"), format(-(10**300), "e"), format(10**22, ".1f"))
