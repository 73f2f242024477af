# bytes.split/rsplit: ASCII whitespace only, maxsplit, explicit separators.
b = b"  alpha \t beta\n\ngamma\x0b\x0cdelta  "
print(b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2), b.rsplit(maxsplit=0))
print(b"a\xa0b\x85c\x1cd".split(), b"".split(), b"   ".split(), b"".split(b","), b"a,,b,".split(b","))
print(b"a,b,c,d".split(b",", 2), b"a,b,c,d".rsplit(b",", 2), b"a<>b<>c".split(b"<>"), b"aaa".split(b"a"))
print(b"x y".split(b" ", -1), b"x y z".rsplit(b" ", 0), b"1.2.3".split(sep=b".", maxsplit=1))
print(bytearray(b"a b c").split(), bytearray(b"a,b").rsplit(b","), type(bytearray(b"a b").split()[0]).__name__)
print(b"a-b".split(bytearray(b"-")), b"a-b".split(bytearray(b"-")))
for args in [(b"",), ("x",), (1,), (b",", "2")]:
    try:
        print(b"a,b".split(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"a".rsplit(b"")
except ValueError as e:
    print(type(e).__name__, e)
