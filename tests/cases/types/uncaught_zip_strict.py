# The program ends with an uncaught ValueError from zip(strict=True).
names = ["a", "b", "c"]
values = [1, 2]
pairs = []
for n, v in zip(names, values):
    pairs.append((n, v))
print(pairs)
print(list(zip(names, values + [3], strict=True)))
for n, v in zip(names, values, strict=True):
    print(n, v)
print("not reached")
