# Every list method with edge-case arguments.
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -2), a.index(3, 0, 3), a.count(2), a.count("x"), a.count(1.0))
for args in [(5,), (2, 4), (1, 1, 4), (2, 10, 20)]:
    try:
        a.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "penult")
a.insert(-100, "zero")
print(a)
a.remove(2)
print(a)
try:
    a.remove("nope")
except ValueError as e:
    print(type(e).__name__, e)
print(a.pop(), a.pop(0), a.pop(-2), a)
for i in [10, -10]:
    try:
        a.pop(i)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
b = a.copy()
b.reverse()
print(a, b, b is a)
a.extend("xy")
a.extend(range(2))
a.extend({9: 0})
a.extend(a)
print(a, len(a))
a.clear()
print(a)
for meth, args in [("append", ()), ("append", (1, 2)), ("insert", (0,)), ("insert", ("0", 1)), ("extend", (5,)), ("pop", ("0",)), ("index", ()), ("count", ()), ("reverse", (1,))]:
    try:
        getattr([1], meth)(*args)
    except TypeError as e:
        print(meth, type(e).__name__, e)
print([] or "empty", [0] and "nonempty")
