# popitem is LIFO; errors on empty dict; order after deletes and re-inserts.
d = {}
for k in "abcde":
    d[k] = ord(k)
print(d.popitem(), d.popitem(), d)
d["f"] = 1
d["a"] = 100
print(d.popitem(), d)
del d["b"]
d["b"] = 2
print(list(d), d.popitem())
while d:
    print(d.popitem(), end=" ")
print()
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1: 2}.popitem(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2}.clear(1)
except TypeError as e:
    print(type(e).__name__, e)
e = {1: "a", 2: "b"}
e[1] = "A"
print(e, list(e.items()))
e.update([(3, "c")], four=4)
print(e)
e.update({2: "B"})
print(e, e.copy() == e, e.copy() is e)
try:
    e.update([(1, 2, 3)])
except ValueError as e2:
    print(type(e2).__name__, e2)
try:
    e.update([1])
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    e.update({}, {})
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    dict([("a", 1), "xyz"])
except ValueError as e2:
    print(type(e2).__name__, e2)
