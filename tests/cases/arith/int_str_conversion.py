# str/repr of ints and round-trips.
for n in [0, -0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 128, -(2 ** 200)]:
    s = str(n)
    print(s, repr(n), int(s) == n, len(s))
print(str(1_000_000), str(0b1111), str(0o777), str(0xABC))
print(int("  -000123  "), int("0000"), int("-0_0"))
print("%d %i %5d %-5d| %05d %+d %x %X %o" % (42, -42, 42, 42, 42, 42, 255, 255, 8))
n = 2 ** 300
s = str(n)
print(len(s), s[:20], s[-20:])
print(int(s) == n, int("-" + s) == -n)
print("%o %x %e" % (2 ** 40, 2 ** 40, 2 ** 40))
print(str(True + 1), str(-(1)), ascii(12), format(12345678, ","))
