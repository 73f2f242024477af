# printf-style formatting of bytes (PEP 461).
print(b"%d %s %x" % (42, b"abc", 255))
print(b"%r" % b"x", b"%a" % "é", b"%a" % 3.5, b"%r" % [1, "é"])
print(b"%5d|%-5d|%05d|%+d|% d" % (7, 7, 7, 7, 7))
print(b"%x %X %o %#x %#o %e %.2f %g %c %c" % (255, 255, 8, 255, 8, 1500.0, 3.14159, 0.0001, 65, b"z"))
print(b"%s and %s" % (bytearray(b"ba"), b"b"), b"%b" % b"bee", b"%%" % (), b"100%%" % ())
print(b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 30})
print(b"%.3s|%-6s|%6s" % (b"abcdef", b"ab", b"cd"))
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(b"%i %u" % (3, 4), b"%s" % 1 if False else b"skip")
print(bytearray(b"%d-%d") % (1, 2), type(bytearray(b"%d") % 1).__name__)
for fmt, args in [(b"%s", "str"), (b"%s", 5), (b"%d", b"1"), (b"%d", "1"), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"),
                  (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%z", 1), (b"%(k)s", (1,)), (b"%", ()), (b"%(x)s", {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
