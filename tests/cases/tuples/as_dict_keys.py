# Tuples as dictionary keys and in sets.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
print(list(grid.items())[:4])
seen = {(0, 0), (1, 2), (0, 0)}
print(len(seen), sorted(seen))
try:
    {([1], 2): "x"}
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print({(1, "a"): 1, (1, "b"): 2}[(1, "b")])
moves = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
pos = (0, 0)
for m in "NNEESWN":
    dx, dy = moves[m]
    pos = (pos[0] + dx, pos[1] + dy)
print(pos)
