# reversed() on sequences and custom classes.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))))
print(list(reversed([])), "".join(reversed("racecar")), list(reversed({"a": 1, "b": 2})))
r = reversed([10, 20, 30])
print(next(r), list(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
