# enumerate and zip over lists.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
print(list(zip(names, ages)), list(zip()), list(zip([1])))
print(dict(zip(names, ages)))
print([n * i for i, n in enumerate(names, 1)])
cols = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(cols)
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
