# Sets of tuples of ints, visited-set patterns.
visited = set()
pos = (0, 0)
path = "RRUULDDDLR"
moves = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}
revisits = 0
visited.add(pos)
for m in path:
    dx, dy = moves[m]
    pos = (pos[0] + dx, pos[1] + dy)
    if pos in visited:
        revisits += 1
    visited.add(pos)
print(pos, len(visited), revisits)
print(sorted(visited))
xs = {p[0] for p in visited}
print(xs, min(xs), max(xs))
