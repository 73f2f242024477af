# Sudoku validation and candidate computation with sets of small ints, rows/cols/boxes via slicing.
grid_s = """
530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079"""
grid = [[int(c) for c in line] for line in grid_s.split()]
def rows(g):
    return [set(r) - {0} for r in g]
def cols(g):
    return [set(c) - {0} for c in zip(*g)]
def boxes(g):
    return [{g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} - {0} for br in range(0, 9, 3) for bc in range(0, 9, 3)]
def candidates(g, r, c):
    if g[r][c]:
        return set()
    return set(range(1, 10)) - rows(g)[r] - cols(g)[c] - boxes(g)[r // 3 * 3 + c // 3]
print([len(s) for s in rows(grid)], [len(s) for s in cols(grid)], [len(s) for s in boxes(grid)])
print(candidates(grid, 0, 2), candidates(grid, 4, 4), candidates(grid, 0, 0), candidates(grid, 8, 0))
def solve(g):
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in sorted(candidates(g, r, c)):
                    g[r][c] = v
                    if solve(g):
                        return True
                g[r][c] = 0
                return False
    return True
print(solve(grid))
for row in grid:
    print(" ".join(map(str, row[:3])), "|", " ".join(map(str, row[3:6])), "|", " ".join(map(str, row[6:])))
full = set(range(1, 10))
print(all(s == full for s in rows(grid) + cols(grid) + boxes(grid)))
bad = [row[:] for row in grid]
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
print(all(s == full for s in cols(bad)), [i for i, s in enumerate(cols(bad)) if s != full], sorted(full - boxes(bad)[0]))
