# Augmented assignment to subscripts and attributes evaluates the target once.
log = []
def key(k):
    log.append("key " + str(k))
    return k
d = {"a": 1}
d[key("a")] += 10
print(d, log)
class Box:
    def __init__(self):
        self.v = 0
b = Box()
b.v += 5
b.v *= 3
print(b.v)
grid = [[0] * 3 for _ in range(2)]
for r in range(2):
    for c in range(3):
        grid[r][c] += r * 3 + c
print(grid)
counts = [0] * 3
for x in [0, 1, 1, 2, 2, 2]:
    counts[x] += 1
print(counts)
try:
    undefined_thing += 1
except NameError as e:
    print(type(e).__name__, e)
