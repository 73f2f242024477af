# str() with objects, encodings, and errors.
print(str(), str(5), str(1.0), str(None), str([1, "a"]), str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"hi"), "ascii"))
print(str(object="kw"), str(b"\xe9", encoding="latin-1"), str(b"a\xffb", errors="ignore"))
class S:
    def __str__(self):
        return "S!"
class R:
    def __repr__(self):
        return "R!"
print(str(S()), str(R()), str([S()]).startswith("[<__main__.S"), f"{S()}", "%s" % S())
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
for args in [("abc", "utf-8"), (5, "utf-8"), ([1], "utf-8"), (b"x", 5), (b"x", "utf-8", 5), (b"x", "nonexistent-enc")]:
    try:
        print(str(*args))
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
class MyStr(str):
    def __str__(self):
        return "overridden"
m = MyStr("base")
print(str(m), type(str(m)).__name__, m + "x", type(m + "x").__name__, m.upper(), type(m.upper()).__name__, m == "base")
print(str(True), str(-0.0), str(10**25), str(1e25), str(float("nan")), str(1 + 0j), str(range(2)), str(...))
