# Subclassing str: methods return plain str; __new__ customization; repr/str/format of subclass.
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
print(s, repr(s), s.shout(), len(s), s[1], isinstance(s, str), type(s).__name__)
for label, r in [("upper", s.upper()), ("slice", s[1:3]), ("add", s + "x"), ("radd", "x" + s),
                 ("mul", s * 2), ("str()", str(s)), ("format", format(s)), ("fstr", f"{s}"),
                 ("strip", S("  a ").strip()), ("replace", s.replace("l", "L")), ("join", S(",").join("ab")),
                 ("%", S("%s!") % 1), ("lower", s.lower()), ("split0", s.split()[0]), ("item", s[0])]:
    print(label, repr(r), type(r).__name__)
print(s == "hello", "hello" == s, hash(s) == hash("hello"), {s: 1}["hello"])
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def __init__(self, value):
        self.original = value
u = Upper("abc")
print(u, u.original, type(u).__name__, u.lower())
class Tagged(str):
    def __repr__(self):
        return f"Tagged({str.__repr__(self)})"
    def __str__(self):
        return "TAG:" + self
t = Tagged("x")
print(t, repr(t), [t], str(t), f"{t}", "%s" % t, "{}".format(t), t + "y")
class Cmp(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower())
    __hash__ = str.__hash__
print(Cmp("AbC") == "abc", "abc" == Cmp("ABC"), Cmp("a") in ["A"], Cmp("x") != "X")
class L(str):
    def __len__(self):
        return 42
print(len(L("ab")), L("ab").center(6, "*"))
print(S("3") + S("4"), int(S("12")), float(S("1.5")), sorted([S("b"), S("a")]))
