# __len__, __getitem__, __contains__, __iter__, __setitem__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(3, 1, 4)
print(len(b), b[0], b[-1], b[0:2], 4 in b, 5 in b, list(b), sorted(b), bool(b), bool(Bag()))
b[1] = 10
print(list(b), sum(b), max(b))
for x in b:
    print("item", x)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i
print(list(OnlyGetitem()), 9 in OnlyGetitem(), 5 in OnlyGetitem())
