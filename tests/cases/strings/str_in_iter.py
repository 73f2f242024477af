# `x in s` for strs (one ASCII character, longer needles, non-ASCII), str iteration in for
# loops, comprehensions and next(), a str subclass's own __contains__, and errors.
s = "héllo wörld"
print([c for c in s], "é" in s, "o" in s, "z" in s, "" in s, "wö" in s, "ö" in "abc")
it = iter("ab")
print(next(it), next(it), next(it, "end"), list(it))
print(sum(1 for w in ["aa", "xyz", "eio"] for ch in w if ch in "aeiou"))
class S(str):
    def __contains__(self, x):
        return True
print("q" in S("abc"), "a" in S("b"))
for ch in "":
    print("never")
try:
    1 in "abc"
except TypeError as e:
    print(e)
print("\x00" in "a\x00b", "\x7f" in "abc\x7f", "\U0001F600" in "x\U0001F600")
