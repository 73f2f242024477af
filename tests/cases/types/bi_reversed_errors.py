# reversed() on sequences, custom __reversed__, and errors.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed(b"ab")), list(reversed({1: 2, 3: 4})))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(range(1))).__name__, type(reversed("")).__name__)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
for bad in [{1, 2}, 5, None, iter([1]), (x for x in "ab"), {1: 2}.keys() if False else frozenset()]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
lst2 = [1, 2, 3]
r2 = reversed(lst2)
print(next(r2))
lst2.clear()
print(list(r2))
r3 = reversed([1, 2])
print(next(r3), list(r3))
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
