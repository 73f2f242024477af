# Builtin types called with no arguments give their empty or zero value, a new
# container each time for the mutable ones.
a, b = list(), list()
print(a, b, a is b, type(a).__name__)
a.append(1)
print(a, b)
d1, d2 = dict(), dict()
d1["k"] = 1
print(d1, d2, d1 is d2)
s1, s2 = set(), set()
s1.add(3)
print(s1, s2, s1 is s2, type(s2).__name__)
e, et = "", ()
print(tuple(), tuple() is et, str() == e, str() is e, repr(str()))
print(int(), float(), bool(), complex(), bytes(), frozenset())
print(type(int()).__name__, type(float()).__name__, type(bool()).__name__)
class L(list):
    pass
x = L()
print(type(x).__name__, x)
list = lambda: "shadowed"
print(list())
del list
print(list())
