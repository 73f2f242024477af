# Rich comparisons: __lt__, __le__, __gt__, __ge__ with sorting.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "2.0.0"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.2.0")
print(a == b, a < b, a <= b, a > b, a >= b)
print(Version("3.0") > Version("2.99.99"), sorted(vs, reverse=True)[:2])
