# Class bodies vs comprehensions/lambdas: which names are visible where.
class Config:
    base = 10
    names = ["a", "b", "c"]
    first_iter = [base + i for i in range(3)] if False else None
    upper = [n.upper() for n in names]
    try:
        doubled = [base * i for i in range(3)]
    except NameError as e:
        doubled = f"NameError: {e}"
    pairs = {n: i for i, n in enumerate(names)}
    get_base = lambda self: self.base
    try:
        lam = (lambda: base)()
    except NameError as e:
        lam = f"NameError: {e}"
    x = 1
    x = x + 1
    total = sum(len(n) for n in names)
print(Config.upper, Config.doubled, Config.pairs)
print(Config().get_base(), Config.lam, Config.x, Config.total)
base = "global base"
class Shadow:
    base = "class base"
    seen = [base for _ in range(1)]
    def method(self):
        return base
print(Shadow.seen, Shadow().method())
def factory(v):
    class Local:
        value = v
        items = [v * k for k in range(3)]
        def get(self):
            return v
    return Local
L = factory(7)
print(L.value, L.items, L().get())
class Counter:
    count = 0
    def inc(self):
        count = getattr(self, "count")
        self.count = count + 1
        return self.count
c = Counter()
print(c.inc(), c.inc(), Counter.count)
class Outer:
    y = 5
    class Inner:
        try:
            z = y
        except NameError as e:
            z = str(e)
print(Outer.Inner.z)
class Meta:
    items = [1, 2, 3]
    squares = [i * i for i in items]
    try:
        filtered = [i for i in items if i in items]
    except NameError as e:
        filtered = f"NameError: {e}"
print(Meta.squares, Meta.filtered)
