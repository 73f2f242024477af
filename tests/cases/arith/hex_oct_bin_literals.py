# Integer literals in various bases and with underscores.
print(0x10, 0o10, 0b10, 10, 0X1F, 0O777, 0B1111)
print(1_000, 0x_FF, 0b_1010_1010, 0o_17, 1_2_3)
print(0xDEADBEEF, 0xffffffffffffffffffff)
print(hex(255), oct(8), bin(5), hex(-255), oct(-8), bin(-5))
print(hex(0), oct(0), bin(0), hex(2 ** 80))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(0 == 0x0 == 0o0 == 0b0, 00, 000)
for n in [1, 15, 16, 255, 4096, -1, -4096, 10 ** 12]:
    print(n, hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "#x"), format(255, "08b"), format(-255, "#o"))
print(0xff + 0o17 + 0b11)
