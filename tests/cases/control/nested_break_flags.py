# Leaving nested loops using flags, functions and exceptions.
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
done = False
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 42:
            done = True
            break
    if done:
        break
print("flag", r, c)
class Found(Exception):
    pass
try:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 8:
                raise Found((r, c))
except Found as f:
    print("exception", f.args[0])
def locate(target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return -1, -1
print("function", locate(6), locate(100))
