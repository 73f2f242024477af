# memoryview.cast with a shape: 2-D views, tolist, tuple indexing and shape/strides.
data = bytearray(range(12))
m = memoryview(data)
grid = m.cast("B", (3, 4))
print(grid.ndim, grid.shape, grid.strides, grid.nbytes, len(grid), grid.itemsize)
print(grid.tolist())
print(grid[1, 2], grid[2, 3], grid[0, 0])
grid[1, 1] = 99
print(data[5], grid.tolist()[1])
other = m.cast("B", (4, 3))
print(other.tolist(), other.shape)
flat = grid.cast("B")
print(flat.shape, flat.tolist()[:6])
for key in ((3, 0), (0, 4), (-1, -1)):
    try:
        print(key, grid[key])
    except IndexError as e:
        print(key, type(e).__name__, e)
try:
    grid[0]
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    grid[0:1]
except NotImplementedError as e:
    print(type(e).__name__, e)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.cast("B", (5, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.cast("B", [2, 6]).tolist()
except TypeError as e:
    print(type(e).__name__, e)
print(m.cast("B", [2, 6]).shape)
try:
    grid.cast("B", (2, 6))
except TypeError as e:
    print(type(e).__name__, e)
words = m.cast("H", (2, 3))
print(words.shape, words.strides, words.tolist(), words.format)
print(grid.c_contiguous, grid.f_contiguous, grid.contiguous)
print(grid.tobytes() == bytes(data), grid == m.cast("B", (3, 4)))
cube = memoryview(bytes(range(8))).cast("B", (2, 2, 2))
print(cube.tolist(), cube[1, 0, 1], cube.strides)
