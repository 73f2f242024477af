# Subclassing list: overridden methods, inherited methods, which operations return base list.
class MyList(list):
    def __repr__(self):
        return "MyList(" + super().__repr__() + ")"
    def sum(self):
        return sum(self)
m = MyList([3, 1, 2])
print(m, len(m), m.sum(), m[0], isinstance(m, list), type(m).__name__)
m.append(4); m.sort(); m.extend([0])
print(m, m.index(0), m.count(1))
for label, r in [("slice", m[1:3]), ("add", m + [9]), ("radd", [9] + m), ("mul", m * 2),
                 ("copy", m.copy()), ("sorted", sorted(m)), ("list()", list(m)), ("reversed", list(reversed(m)))]:
    print(label, r, type(r).__name__)
before = m
m += [7]
print(m, type(m).__name__, m is before)
m *= 2
print(len(m), type(m).__name__, m is before)
m.attr = "has __dict__"
print(m.attr, m == list(m), list(m) == m, MyList([1]) == [1])
class Logging(list):
    def append(self, x):
        print("  append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("  setitem", i, v)
        super().__setitem__(i, v)
    def __len__(self):
        return 100
lg = Logging([1])
lg.append(2)
lg[0] = 10
lg.extend([3])
print(list(lg), len(lg), bool(Logging()), lg.__len__(), list.__len__(lg))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Init(3), type(Init(3)).__name__)
try:
    Init(2) + 5
except TypeError as e:
    print(type(e).__name__, e)
class Unhash(list): pass
try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)
print(MyList("ab"), MyList(), [x * 2 for x in MyList([1, 2])])
