# Methods on str subclasses return plain str; operators too.
class S(str):
    def extra(self):
        return "extra:" + self
s = S("Hello World")
results = [s.upper(), s.lower(), s[0:5], s + "!", s * 2, s.strip(), s.replace("o", "0"), s.split()[0], s.title(), s.center(15), s.zfill(13),
           s.join(["a", "b"]), "{}".format(s), f"{s}", str(s), s.format(), s.removeprefix(""), s.expandtabs(), s[:], s.casefold(), s.swapcase()]
print([type(r).__name__ for r in results])
print(type(s).__name__, s.extra(), s == "Hello World", hash(s) == hash("Hello World"), {s: 1}["Hello World"], isinstance(s, str))
print(repr(s), str(s), len(s), s.startswith("He"), sorted([S("b"), "a"]))
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def __repr__(self):
        return "Tagged(%r, %s)" % (str(self), self.tag)
t = Tagged("val", "T1")
print(t, repr(t), [t], t.tag, t + "x", type(t.upper()).__name__, t.upper())
class Low(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other)
    __hash__ = str.__hash__
print(Low("ABC") == "abc", "abc" == Low("ABC"), Low("ABC") in ["abc"], "abc" in [Low("ABC")], Low("x") != "X")
class L(list):
    pass
class T(tuple):
    pass
l = L([3, 1, 2])
print(type(l + [4]).__name__, type(l[:2]).__name__, type(l * 2).__name__, type(sorted(l)).__name__, type(l.copy()).__name__)
print(type(T((1,)) + (2,)).__name__, type(T((1, 2))[:1]).__name__, T((1, 2)), repr(T()))
