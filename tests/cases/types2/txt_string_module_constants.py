# Use string module constants and str predicates to classify characters in real text.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), len(string.printable))
text = "Héllo, Wörld! 42 apples\tand 3½ pears — ٣ ² ⅷ _id x1"
cats = {}
for ch in text:
    kinds = []
    for name in ("isalpha", "isdigit", "isdecimal", "isnumeric", "isspace", "isalnum", "isupper", "islower", "isprintable", "isascii"):
        if getattr(ch, name)():
            kinds.append(name[2:])
    cats.setdefault(tuple(kinds), []).append(ch)
for k in sorted(cats):
    print(k, "".join(cats[k]))
print(all(c in string.printable for c in "abc\n"), any(c in string.punctuation for c in "abc"))
print("_id".isidentifier(), "1x".isidentifier(), "héllo".isidentifier(), "".isidentifier(), "a b".isidentifier())
def password_strength(pw):
    checks = [any(c.islower() for c in pw), any(c.isupper() for c in pw), any(c.isdigit() for c in pw),
              any(c in string.punctuation for c in pw), len(pw) >= 8]
    return sum(checks), checks
for pw in ["abc", "Abcdefgh", "Abcdefg1", "Abcdef1!", "ÄÖÜäöü12", ""]:
    print(repr(pw), password_strength(pw))
print(string.capwords("  hello   world-wide  web "), string.capwords("a_b c", "_"))
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0:>3}b{x!r}c")))
