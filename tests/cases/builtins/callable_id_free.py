# callable() on different objects; identity via 'is' rather than id().
class WithCall:
    def __call__(self, x):
        return x * 2
class Without:
    pass
things = [len, print, int, WithCall(), Without(), Without, lambda: 0, 5, "s", None, [].append, str.upper]
print([callable(t) for t in things])
w = WithCall()
print(w(21), callable(w))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None, True is True)
x = 300
y = x
print(x is y)
