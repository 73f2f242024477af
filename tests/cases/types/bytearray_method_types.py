# bytearray methods return new bytearrays (never bytes), and accept buffer arguments.
ba = bytearray(b"  Hello, World  ")
results = [ba.strip(), ba.lower(), ba.upper(), ba.replace(b"l", b"L"), ba.split(b",")[0], ba[2:7], ba * 1, ba + b"!", ba.rstrip(b" "),
           ba.lstrip(), ba.join([b"a", b"b"]), ba.strip().zfill(15), ba.rjust(18), ba.ljust(18), bytearray(b"%d") % 5]
for r in results:
    print(type(r).__name__, r)
print(type(ba.hex()).__name__, type(ba.decode()).__name__, type(ba.find(b"o")).__name__, type(ba.count(b"l")).__name__)
c = ba.copy()
s = ba.strip()
s[0] = 0x68
print(ba, s, c == ba, c is ba)
b = bytes(ba)
print(type(b).__name__, b == ba, ba == b, b + ba, type(b + ba).__name__, type(ba + b).__name__)
print(ba.startswith(bytearray(b"  H")), ba.endswith(b"  "), ba.index(b"W"), ba.rfind(b"l"), bytearray(b"abc") in [b"abc"], b"abc" in [bytearray(b"abc")])
print(bytearray(b"a,b").split(bytearray(b",")), bytearray(b"abc").translate(bytes.maketrans(b"a", b"A")) if hasattr(bytes, "maketrans") else "")
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]), max(bytearray(b"az")), bytearray(b"x") < b"y")
