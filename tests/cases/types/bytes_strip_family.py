# bytes/bytearray strip family.
print(b"  x\t\n".strip(), b"xxaxx".strip(b"x"), b"\x00a\x00".strip(b"\x00"), b"xyaxy".strip(b"yx"))
print(b"\xa0a\xa0".strip(), b"\x0b\x0ca\x1c".strip(), b"\x85a".strip(), b" a ".lstrip(), b" a ".rstrip())
print(b"abcba".strip(b"ab"), b"abcba".lstrip(b"ba"), b"abcba".rstrip(b"ab"), b"aaa".strip(b"a"), b"".strip())
print(b"  x ".strip(None), b"--x--".lstrip(bytearray(b"-")), b"--x--".rstrip(bytearray(b"-")))
print(bytearray(b"--a--").lstrip(b"-"), bytearray(b"--a--").rstrip(b"-"), bytearray(b" z ").strip())
for bad in ["x", 1, [120]]:
    try:
        b"x".strip(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bytearray(b"x").strip("x")
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b" q ")
r = ba.strip()
r.append(33)
print(ba, r, r is ba)
