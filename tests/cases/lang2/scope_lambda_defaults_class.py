# Default argument evaluation time, mutable defaults in class methods, and name resolution in methods.
import itertools
counter = itertools.count()
def stamp(tag, n=next(counter)):
    return f"{tag}-{n}"
print(stamp("a"), stamp("b"), next(counter))
class Cart:
    TAX = 0.2
    def __init__(self, items=[]):
        self.items = items
    def add(self, item, qty=1, *, price_table={"apple": 0.5, "pear": 0.75}):
        self.items.append((item, qty * price_table[item]))
        return self
    def total(self, tax=TAX):
        return round(sum(p for _, p in self.items) * (1 + tax), 3)
a = Cart().add("apple", 2)
b = Cart().add("pear")
print(a.items, b.items, a.items is b.items)
print(Cart.__init__.__defaults__, Cart.total.__defaults__)
Cart.TAX = 0.5
print(a.total(), a.total(0))
c = Cart([]).add("apple")
print(c.items, Cart().items)
try:
    Cart([]).add("kiwi")
except KeyError as e:
    print(type(e).__name__, e)
Cart.add.__kwdefaults__["price_table"]["kiwi"] = 2.0
print(Cart([]).add("kiwi").items, sorted(Cart.add.__kwdefaults__["price_table"]))
def make_handlers():
    out = []
    for level in ("info", "warn"):
        out.append(lambda msg, level=level, prefix=level.upper(): f"[{prefix}] {msg} ({level})")
    return out
print([h("hi") for h in make_handlers()], make_handlers()[1]("x", prefix="P"))
x = 1
def f(a=x):
    return a
x = 2
print(f(), f.__defaults__)
def g(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(g(1), g(2), g(3, [0]))
