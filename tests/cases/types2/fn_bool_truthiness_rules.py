# Truthiness in realistic conditions: empty containers, zero values, __bool__ vs __len__ fallbacks.
values = [0, 1, -1, 0.0, -0.0, 0j, 1e-300, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), frozenset(), range(0), range(1), None, b"", b"\x00", bytearray()]
for v in values:
    print(repr(v), bool(v), "T" if v else "F", not v)
class Account:
    def __init__(self, bal):
        self.bal = bal
    def __bool__(self):
        return self.bal > 0
class Bag:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Account(5)), bool(Account(0)), bool(Bag([])), bool(Bag([1])), bool(Both()), bool(object()))
name = "" or "anonymous"
count = 0 or None
items = [] or [1]
print(name, count, items, "a" and "b", "" and "b", 0 or "" or [] or "last", 1 and 2 and 3)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return "3"
try:
    bool(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(), bool(False), True + True, True * 3.5, ~True, -False, True / 2)
print(isinstance(True, int), True == 1, [True, 1].count(1), {True: "a", 1: "b"})
