# Too many values to unpack in a for loop.
a, b = 1, 2
print("ok", a, b)
x, *y = [1, 2, 3]
print("ok", x, y)
pairs = [(1, 2), (3, 4), (5, 6, 7), (8, 9)]
sums = []
for a, b in pairs:
    sums.append(a + b)
    print(a, "+", b, "=", a + b)
print(sums)
