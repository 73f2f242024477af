# KeyError with a tuple key shows the tuple.
print({(1, 2): "t"}[(1, 2)])
grid = {}
for x in range(3):
    grid[(x, 0)] = x * 10
print(grid)
print(grid[(0, 0)], grid[1, 0], grid[(2, 0)])
print((0, 1) in grid)
cell = grid[(0, 1)]
print("unreachable", cell)
