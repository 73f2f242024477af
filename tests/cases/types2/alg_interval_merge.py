# Interval problems: merge overlapping, insert, intersect, total coverage, meeting rooms.
def merge(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
cases = [[(1, 3), (2, 6), (8, 10), (15, 18)], [(1, 4), (4, 5)], [(5, 7), (1, 2), (2, 4), (6, 9)], [], [(1, 10), (2, 3)]]
for c in cases:
    m = merge(c)
    print(c, "->", m, "covered", sum(e - s for s, e in m))
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
print(intersect([(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]))
def rooms(meetings):
    ev = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = best = 0
    for _, d in ev:
        cur += d
        best = max(best, cur)
    return best
print(rooms([(0, 30), (5, 10), (15, 20)]), rooms([(7, 10), (2, 4)]), rooms([(1, 5), (5, 9), (3, 6), (4, 8)]))
free = []
busy = merge([(9, 10), (12, 13), (9.5, 11), (15, 17)])
t = 8
for s, e in busy:
    if s > t:
        free.append((t, s))
    t = max(t, e)
if t < 18:
    free.append((t, 18))
print(busy, free)
