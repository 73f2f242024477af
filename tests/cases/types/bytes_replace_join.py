# bytes.replace and join.
print(b"abcabc".replace(b"b", b"XX"), b"abc".replace(b"", b"."), b"aaa".replace(b"a", b"", 2), b"aaa".replace(b"a", b"b", -1))
print(b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"xyz".replace(b"xyz", b""), b"a.b".replace(bytearray(b"."), bytearray(b"!")))
print(bytearray(b"xyx").replace(b"x", b"zz"), type(bytearray(b"a").replace(b"a", b"b")).__name__)
for args in [("a", "b"), (b"a", "b"), (b"a",), (b"a", b"b", "1")]:
    try:
        print(b"abc".replace(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(b",".join([b"a", bytearray(b"b"), bytearray(b"c")]), bytearray(b"-").join([b"x", b"y"]), b"".join([]), b"+".join((b"solo",)))
print(b" ".join(x for x in [b"g", b"e", b"n"]), type(bytearray(b"").join([b"a"])).__name__, b"..".join(iter([b"1", b"2"])))
for bad in [[b"a", "b"], [b"a", 1], ["a"], [b"a", None]]:
    try:
        print(b",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b",".join(b"abc")
except TypeError as e:
    print(type(e).__name__, e)
