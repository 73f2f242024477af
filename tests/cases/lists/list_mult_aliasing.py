# List multiplication and aliasing pitfalls.
row = [0, 0]
grid = [row] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
grid2 = [row[:] for _ in range(3)]
grid2[0][0] = 2
print(grid2, row)
x = [[]] * 2
x[0].append("shared")
print(x)
a = [1, 2, 3]
b = a
b.append(4)
print(a)
b = b + [5]
print(a, b)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    lst.append("n")
    return lst
orig = []
res = mutate(orig)
print(orig, res)
