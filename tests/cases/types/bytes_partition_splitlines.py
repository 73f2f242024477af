# bytes partition/rpartition and splitlines.
print(b"a:b:c".partition(b":"), b"a:b:c".rpartition(b":"), b"abc".partition(b"z"), b"abc".rpartition(b"z"))
print(bytearray(b"a:b").partition(b":"), bytearray(b"k=v").rpartition(bytearray(b"=")), b"x--y".partition(bytearray(b"--")))
for bad in [b"", "b", 98]:
    try:
        print(b"abc".partition(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"a\x0bb\x0cc\nd\re\r\nf".splitlines())
print(b"a\x0bb\nc\r\n".splitlines(True), b"".splitlines(), b"\n".splitlines(), b"\n\n".splitlines(keepends=True))
print(b"a\x85b\x1cc".splitlines(), bytearray(b"x\ny").splitlines(), b"no newline".splitlines(True))
