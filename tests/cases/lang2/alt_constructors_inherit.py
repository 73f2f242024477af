# classmethod alternative constructors that respect subclasses, plus __new__-based caching.
class Color:
    _cache = {}
    def __new__(cls, r, g, b):
        key = (cls, r, g, b)
        if key in cls._cache:
            return cls._cache[key]
        self = super().__new__(cls)
        cls._cache[key] = self
        return self
    def __init__(self, r, g, b):
        for v in (r, g, b):
            if not 0 <= v <= 255:
                raise ValueError(f"channel out of range: {v}")
        self.rgb = (r, g, b)
    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(c * 2 for c in text)
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))
    @classmethod
    def gray(cls, level):
        return cls(level, level, level)
    def hex(self):
        return "#" + "".join(f"{c:02x}" for c in self.rgb)
    def __repr__(self):
        return f"{type(self).__name__}{self.rgb}"
class NamedColor(Color):
    names = {}
    def named(self, name):
        type(self).names[name] = self
        return self
c1 = Color.from_hex("#ff8000")
c2 = Color(255, 128, 0)
print(c1, c2, c1 is c2, c1.hex())
n = NamedColor.from_hex("0f0").named("green")
print(n, type(n).__name__, NamedColor.names)
print(NamedColor.gray(7) is NamedColor.gray(7), NamedColor.gray(7) is Color.gray(7))
print(Color.gray(7), NamedColor.gray(7))
for bad in ["#gg0000", "#1234", "abc"]:
    try:
        print(Color.from_hex(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Color(300, 0, 0)
except ValueError as e:
    print(e)
print(len([k for k in Color._cache if k[0] is Color]), len([k for k in Color._cache if k[0] is NamedColor]))
print(type(Color.__dict__["from_hex"]).__name__, Color.from_hex.__self__ is Color, NamedColor.gray.__self__.__name__)
