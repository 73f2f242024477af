# bytes/bytearray methods that take buffer-protocol arguments, and type preservation of results.
samples = [b"Hello, World", bytearray(b"Hello, World")]
for s in samples:
    t = type(s).__name__
    print(t, type(s.upper()).__name__, type(s[1:3]).__name__, type(s.split(b",")[0]).__name__)
    print(t, s.lower(), s.swapcase(), s.title(), s.center(16, b"*"), s.zfill(14))
    print(t, s.split(memoryview(b", ")), s.rsplit(bytearray(b"l"), 1), s.splitlines())
    print(t, s.hex(), s.hex(":", 4), s.isalpha(), s[:5].isalpha(), s.isascii())
    print(t, s.expandtabs(), s.removeprefix(memoryview(b"Hello")), s.removesuffix(bytearray(b"World")))
    print(t, s.count(b"l"), s.rfind(b"o"), s.rindex(bytearray(b"l")), s.ljust(14, b"."), s.rjust(14, b"."))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), type(bytearray.fromhex("")).__name__)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abc")
print(ba * 2, 2 * ba, ba + b"d", b"d" + ba, type(b"d" + ba).__name__, type(ba + b"d").__name__)
ba *= 2
print(ba)
print(hash(b"abc") == hash(b"abc"))
try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".center(10, b"ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".count("a")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".count(97), b"abc".find(99), 98 in b"abc", b"abc".index(98))
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".find(256)
except ValueError as e:
    print(type(e).__name__, e)
print(b"a,b,,c".split(b","), b"  a  b ".split(), b"a b c".split(None, 1), bytearray(b"x\ny\r\nz").splitlines(True))
print(b"%d-%s-%r" % (5, b"x", b"y"), bytearray(b"%x") % 255, b"%c%c" % (65, b"B"))
print(ba == b"abcabc", b"abc" < bytearray(b"abd"), bytearray(b"b") > b"a")
