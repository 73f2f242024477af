# Nested lists and aliasing.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)])
t = [list(col) for col in zip(*m)]
print(t)
flat = [x for row in m for x in row]
print(flat, sum(flat))
m[0].extend([10])
print(m, len(m[0]), len(m))
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], deep[1][1])
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth(deep), depth([]), depth([[], [[]]]))
