# Caesar, ROT13, Vigenère and substitution ciphers using str.maketrans/translate.
import string
lo, up = string.ascii_lowercase, string.ascii_uppercase
def caesar(text, k):
    k %= 26
    t = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(t)
msg = "Attack at Dawn! Zebra-Yak, 2024."
for k in (0, 1, 3, 13, 25, 26, -1, 52):
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
print(caesar(caesar(msg, 13), 13))
def vigenere(text, key, sign=1):
    out, j = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[j % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            j += 1
        else:
            out.append(ch)
    return "".join(out)
e = vigenere(msg, "LEMON")
print(e, vigenere(e, "LEMON", -1))
sub = str.maketrans("abcdefghij", "0123456789", "xyz")
print("a jazzy box fig".translate(sub))
m = str.maketrans({"a": "4", "e": None, "o": "()", ord("s"): "$$", "t": 55})
print(m)
print("leet speak is so tasty".translate(m))
class Upper:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return chr(k).upper()
        raise LookupError
print("translate with custom mapping".translate(Upper()))
for bad in [lambda: str.maketrans("abc", "de"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans(1), lambda: "x".translate({ord("x"): 3.5}),
            lambda: str.maketrans("a", "b", 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
atbash = str.maketrans(lo, lo[::-1])
print("wizard".translate(atbash), "wizard".translate(atbash).translate(atbash))
