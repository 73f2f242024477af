# __reversed__ and the sequence fallback (__len__ + __getitem__) for reversed().
class R:
    def __reversed__(self):
        print("  __reversed__")
        return iter("cba")
print(list(reversed(R())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("  __getitem__", i)
        if not 0 <= i < 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())))
r = reversed(Seq())
print(type(r).__name__, next(r), list(r))
class OnlyGetitem:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyLen:
    def __len__(self): return 1
try:
    reversed(OnlyLen())
except TypeError as e:
    print(type(e).__name__, e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print(type(e).__name__, e)
class RetList:
    def __reversed__(self):
        return [3, 2, 1]
print(reversed(RetList()))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1: 2}.items()) and print("dict items reversible")
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(MyList([1, 2]))), MyList([1, 2])[::-1])
print(list(reversed(range(3))), list(reversed("ab")), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
