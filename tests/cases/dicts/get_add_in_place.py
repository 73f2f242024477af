# d.get(k[, default]) and s.add(x) run in place by the method load when the site knows
# the method: results, errors and every other receiver must be as the general call's.

def lookups(d, keys):
    return [d.get(k) for k in keys], [d.get(k, -1) for k in keys]

d = {1: "one", "two": 2, (3, 4): [34], 2.5: None, None: "none", True: "t"}
print(lookups(d, [1, "two", (3, 4), 2.5, None, True, 1.0, 0, "x", (3,), frozenset()]))

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)
    def __eq__(self, other):
        print("eq", self.k)
        return isinstance(other, Key) and other.k == self.k

dk = {Key(1): "a", Key(2): "b"}
print(dk.get(Key(2)), dk.get(Key(3), "missing"))

def get_err(d, *a):
    try:
        return d.get(*a)
    except TypeError as e:
        return "TypeError: %s" % e

print(get_err(d, 1), get_err(d, [1]), get_err(d), get_err(d, 1, 2, 3), get_err(d, {}, 0))

def adds(s, xs):
    for x in xs:
        s.add(x)
    return sorted(s, key=repr)

print(adds(set(), [3, 1, 3, "a", (1, 2), 1.0, True, None, "a"]))

hs = set()
for k in [Key(5), Key(6), Key(5)]:
    hs.add(k)
print(len(hs))

def add_err(s, *a):
    try:
        s.add(*a)
        return sorted(s)
    except (TypeError, AttributeError) as e:
        return "%s: %s" % (type(e).__name__, e)

print(add_err({1}, 2), add_err({1}, [2]), add_err({1}), add_err({1}, 2, 3))
print(add_err(frozenset({1}), 2))

# Receivers of other types at the same sites.
class MyDict(dict):
    def get(self, k, default=None):
        return ("mine", super().get(k, default))

class MySet(set):
    def add(self, x):
        super().add(x * 2)

class Bag:
    def __init__(self):
        self.items = {}
    def get(self, k, default=None):
        return self.items.get(k, default)
    def add(self, x):
        self.items[x] = True

def use(d, s):
    s.add(3)
    return d.get(1), d.get(9, "dflt"), sorted(s) if isinstance(s, set) else sorted(s.items)

for d, s in [({1: "x"}, set()), (MyDict({1: "y"}), MySet()), (Bag(), Bag()), ({1: "z"}, {7})]:
    print(type(d).__name__, type(s).__name__, use(d, s))

# A dict mutated between gets at one site; get of a key whose value is a container.
m = {}
out = []
for i in range(6):
    out.append(m.get(i % 3, "none"))
    m[i % 3] = [i]
print(out)

# Methods of other builtin types at a site that has seen dicts.
def getter(o):
    return o.get("k")

from collections import OrderedDict, defaultdict, ChainMap
print(getter({"k": 1}), getter(OrderedDict(k=2)), getter(defaultdict(int)), getter(ChainMap({"k": 3})))
