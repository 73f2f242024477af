# removeprefix/removesuffix.
for s in ["prefix_body_suffix", "prefix", "_suffix", "", "prefixprefix", "body"]:
    print(repr(s), repr(s.removeprefix("prefix")), repr(s.removesuffix("_suffix")), repr(s.removeprefix("")), repr(s.removesuffix("")))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "héllo".removeprefix("hé"), "x😀".removesuffix("😀"))
for bad in [1, None, ("a",), b"a"]:
    try:
        print("abc".removeprefix(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print("abc".removesuffix(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".removeprefix()
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
r = S("abc").removeprefix("")
print(type(r).__name__, r, type(S("abc").removeprefix("a")).__name__)
