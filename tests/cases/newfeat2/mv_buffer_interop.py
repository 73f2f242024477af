# memoryview and bytearray flowing into APIs that accept any bytes-like object.
mv = memoryview(b"key=value; other=thing")
ba = bytearray(b"=")
print(bytes(mv[:3]), bytearray(mv[4:9]), b"prefix-" + mv[:3], bytearray(b"x") + mv[-5:])
print(b"".join([mv[:3], b"|", bytearray(b"mid"), b"|", mv[-5:]]))
print(b", ".join((memoryview(b"a"), bytearray(b"b"))))
print(b"key=value".split(ba), b"a;b".split(memoryview(b";")))
parts = b"key=value".partition(memoryview(b"="))
print([type(x).__name__ for x in parts], [bytes(x) for x in parts], bytearray(b"a=b").rpartition(b"="))
print(b"value" in b"key=value", memoryview(b"val").tobytes() in b"key=value", bytearray(b"lu") in b"value")
print(b"key=value".find(memoryview(b"v")), b"key=value".count(bytearray(b"e")), b"aaa".index(memoryview(b"a"), 1))
print(b"key=value".startswith(memoryview(b"key")), b"key=value".endswith((bytearray(b"x"), b"lue")))
print(b"abc".replace(memoryview(b"b"), bytearray(b"BB")), bytearray(b"abc").replace(b"c", memoryview(b"C")))
print(b"--abc--".strip(memoryview(b"-")), bytearray(b"xxyxx").lstrip(bytearray(b"x")))
print(b"a b".translate(None, memoryview(b" ")), bytes.maketrans(memoryview(b"ab"), bytearray(b"AB")).hex()[:0] == "")
print(int.from_bytes(memoryview(b"\x01\x00"), "little"), int.from_bytes(bytearray(b"\x01\x00"), "big"))
print(str(memoryview(b"caf\xc3\xa9"), "utf-8"), str(bytearray(b"abc"), "ascii"), bytes(mv[:3]).decode())
print(bytearray(b"abc").decode(), memoryview(b"\xff").tobytes().decode("latin-1"))
buf = bytearray()
buf += memoryview(b"12")
buf.extend(memoryview(b"34"))
buf[len(buf):] = memoryview(b"56")
buf[0:1] = memoryview(b"<")
print(buf, bytes(buf))
for bad in ("str", 5):
    try:
        b"abc".find(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b"abc" + "d"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a".join([b"x", "y"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(b"a") + b"b"
except TypeError as e:
    print(type(e).__name__, e)
print(list(memoryview(b"hi")), tuple(bytearray(b"hi")), set(memoryview(b"aab")) == {97, 98})
print(bytes(memoryview(b"abc")[::-1]), bytes(reversed(memoryview(b"abc"))))
print(b"%s and %b" % (memoryview(b"mv"), bytearray(b"ba")))
