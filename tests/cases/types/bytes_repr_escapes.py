# repr of bytes and bytearray uses \x escapes, \t \n \r, and quote choice.
print(repr(bytes(range(0, 32))))
print(repr(bytes(range(32, 128))))
print(repr(bytes(range(128, 256, 9))))
for b in [b"it's", b'say "hi"', b"both ' and \"", b"back\\slash", b"", b"\x00", b"\x7f", b"'", b'"', b"\t\n\r\x0b\x0c"]:
    print(repr(b), repr(bytearray(b)), str(b), ascii(b), len(repr(b)))
print(repr([b"a", bytearray(b"b")]), repr((b"\xff",)), repr({b"k": b"v"}))
print(f"{b'x'}", "%s" % b"y", "%r" % b"z", str(b"q", "ascii"), format(b"fmt"))
class BA(bytearray):
    pass
class B(bytes):
    pass
print(repr(BA(b"sub")), repr(B(b"sub")))
