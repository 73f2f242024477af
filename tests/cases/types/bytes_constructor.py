# bytes(...) and bytearray(...) constructors and their errors.
print(bytes(), bytes(0), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "ascii", "ignore"), bytes(x for x in [104, 105]))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"xy"), bytearray("hé", "utf-8"), bytearray(range(3)))
print(bytes([True, False]), bytes({3: "a"}), bytes(iter([9])))
class Idx:
    def __index__(self):
        return 66
print(bytes([Idx()]), bytes(Idx())[:3] if False else len(bytes(Idx())))
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(HasBytes()))
tests = [lambda: bytes("abc"), lambda: bytearray("abc"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytearray([300]),
         lambda: bytes(-1), lambda: bytearray(-5), lambda: bytes(["a"]), lambda: bytes([1.5]), lambda: bytes(1.5),
         lambda: bytes(None), lambda: bytes(b"x", "utf-8"), lambda: bytes(5, "utf-8"), lambda: bytes("x", errors="strict"),
         lambda: bytes([1], "ascii"), lambda: bytes("é", "ascii"), lambda: bytes(object())]
for f in tests:
    try:
        print(f())
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return "not bytes"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
