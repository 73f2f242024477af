# Error messages from bytes/bytearray misuse in protocol code, caught and printed.
b = b"abc"
ba = bytearray(b"abc")
cases = [
    lambda: b[5], lambda: b.__setitem__(0, 1), lambda: b + "d", lambda: "d" + b, lambda: b.decode("utf-8", "bogus"),
    lambda: b"\xff".decode("utf-8"), lambda: b"\xff".decode("ascii"), lambda: b.split(""), lambda: b.split(b""),
    lambda: b.join(["x"]), lambda: b.replace(b"a"), lambda: b.center(5, b"ab"), lambda: b.startswith("a"),
    lambda: ba.append("a"), lambda: ba.append(300), lambda: ba.extend(5), lambda: ba.extend(["a"]), lambda: ba.remove(120),
    lambda: ba.insert(0, 256), lambda: ba.pop(10), lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(0, b"x"),
    lambda: bytes.fromhex("0g"), lambda: b.hex(5), lambda: b.index(b"z"), lambda: b.count("a"), lambda: b * 1.5,
    lambda: int.from_bytes(5, "big"), lambda: b % 5, lambda: b"%d" % "x", lambda: bytes("x", "nope"), lambda: b.upper(1),
    lambda: ord(b"ab"), lambda: ord(bytearray(b"")), lambda: hash(ba),
]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
