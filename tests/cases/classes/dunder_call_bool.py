# __call__, __bool__ and __len__ for truthiness.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print(double(21), list(map(double, [1, 2, 3])), callable(double))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for obj in [Flag(True), Flag(False), Box(0), Box(2)]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
