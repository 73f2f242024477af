# 2D list manipulation: rotate, spiral traversal, transpose via zip, and aliasing pitfalls.
def make(r, c):
    return [[r_ * c + c_ + 1 for c_ in range(c)] for r_ in range(r)]
def rotate_cw(m):
    return [list(row) for row in zip(*m[::-1])]
def rotate_ccw(m):
    return [list(row) for row in zip(*m)][::-1]
def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
m = make(3, 4)
for row in m:
    print(row)
print(rotate_cw(m))
print(rotate_ccw(m))
print(rotate_cw(rotate_cw(rotate_cw(rotate_cw(m)))) == m, rotate_ccw(rotate_cw(m)) == m)
print(spiral(m), spiral(make(1, 1)), spiral([]), spiral(make(4, 1)))
bad = [[0] * 3] * 3
bad[0][0] = 1
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(bad, good, bad[0] is bad[1], good[0] is good[1])
import copy
orig = [[1, 2], [3, [4, 5]]]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig[1][1].append(6)
orig[0] = "replaced"
print(orig, sh, dp)
diag = [m[i][i] for i in range(min(len(m), len(m[0])))]
anti = [m[i][-1 - i] for i in range(min(len(m), len(m[0])))]
print(diag, anti, [sum(col) for col in zip(*m)], [max(row) for row in m], sum(map(sum, m)))
