# bytes removeprefix/removesuffix/startswith/endswith.
print(b"test.py".removesuffix(b".py"), b"test.py".removeprefix(b"te"), bytearray(b"xxy").removeprefix(b"x"), b"abc".removesuffix(b"z"), b"abc".removeprefix(b""))
for bad in ["a", 97]:
    try:
        print(b"abc".removeprefix(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(b"abc".startswith(b"a"), b"abc".startswith((b"x", b"ab")), b"abc".endswith(b"bc", 1), bytearray(b"abc").endswith(b"c"))
print(b"abc".startswith(b"b", 1, 2), b"abc".endswith(b"", 3), b"abc".startswith(b"", 4), b"abc".startswith(bytearray(b"ab")))
for bad in ["a", [b"a"], 97, (b"a", "b")]:
    try:
        print(b"abc".startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(b"abc".startswith((b"a", "b")))
