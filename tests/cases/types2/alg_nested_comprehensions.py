# Nested comprehensions for grids, flattening, grouping and cartesian products.
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
print(grid)
print([x for row in grid for x in row if x % 3 == 0])
print([[row[c] for row in grid] for c in range(4)])
print({(r, c): v for r, row in enumerate(grid) for c, v in enumerate(row) if v % 5 == 0})
print({v % 4 for row in grid for v in row}, sorted({str(v)[-1] for row in grid for v in row}))
neighbors = {(r, c): [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                      if (dr or dc) and 0 <= r + dr < 3 and 0 <= c + dc < 4] for r in range(3) for c in range(4)}
print(neighbors[(0, 0)], len(neighbors[(1, 1)]), sum(len(v) for v in neighbors.values()))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]
by_letter = {ch: [w for w in words if w[0] == ch] for ch in sorted({w[0] for w in words})}
print(by_letter)
print([[ch for ch in w if ch in "aeiou"] for w in words[:3]])
flat = [y for x in [[1, [2, 3]], [4], []] for y in x]
print(flat)
mult = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in mult:
    print(" ".join(f"{v:3}" for v in row))
print(sum(sum(r) for r in mult), [mult[i][i] for i in range(5)], [mult[i][4 - i] for i in range(5)])
x = 10
res = [x for x in range(3)]
print(x, res, [(lambda k: k * x)(i) for i in range(3)])
gen = (i * i for i in range(5))
print(list(gen), list(gen))
