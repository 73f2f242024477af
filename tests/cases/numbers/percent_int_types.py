# %-formatting of ints: d i u o x X c and flags.
for n in [0, 1, -1, 42, -42, 255, 2**40, -(2**64)]:
    print("%d|%i|%u|%o|%x|%X" % (n, n, n, n, n, n), "%#o|%#x|%#X" % (n, n, n))
for n in [0, 42, -42]:
    print("[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d][% 05d][%+05d]" % (n, n, n, n, n, n, n, n, n))
    print("[%#8x][%#-8x][%#08x][%#08o][%08X][%-#8o][%.3d][%5.3d][%-7.4x][%#.4x]" % ((n,) * 10))
print("%c%c%c" % (65, 0x263A, 0x1F600), "%c" % "z", "[%3c][%-3c]" % (66, 67))
print("%d %d %d" % (True, 3.99, -3.99), "%x" % True, "%o" % 8, "%i" % 2**70)
for fmt, arg in [("%c", -1), ("%c", 0x110000), ("%c", "ab"), ("%c", 1.5), ("%x", 1.5), ("%o", "7"), ("%d", None),
                 ("%d", "5"), ("%u", [1])]:
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
class Idx:
    def __index__(self):
        return 11
class Int:
    def __int__(self):
        return 12
print("%x %o %d" % (Idx(), Idx(), Idx()))
try:
    print("%d" % Int())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%x" % Int())
except TypeError as e:
    print(type(e).__name__, e)
