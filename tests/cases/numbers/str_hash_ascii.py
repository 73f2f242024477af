# hash() of ASCII str values under PYTHONHASHSEED=0 (SipHash-1-3; short strings too).
for s in ["", "a", "b", "ab", "abc", "abcd", "hello", "hello world", "Python", "0", "1", "-1", "1234567",
          "12345678", "123456789", "a" * 15, "a" * 16, "a" * 17, "a" * 100, "The quick brown fox",
          " ", "\n", "\x00", "\x7f", "key_%d" % 42, "x" * 1000]:
    print(repr(s) if len(s) < 30 else "len%d" % len(s), hash(s))
print(hash("abc") == hash("ab" + "c"), hash("abc") == hash("".join(["a", "b", "c"])))
print(hash(str(123)) == hash("123"), hash("abc".upper().lower()) == hash("abc"))
class S(str):
    pass
print(hash(S("abc")) == hash("abc"), hash(("abc",)), hash(("a", "b")), hash(("a", 1, 2.5)))
print(hash(frozenset(["a"])), hash(frozenset(["a", "b", "c"])))
for i in range(8):
    print(i, hash(chr(97 + i) * (i + 1)))
