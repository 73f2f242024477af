# Nested comprehensions: flattening, matrices, transposition.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 2 for x in row] for row in matrix])
print([x for row in matrix if sum(row) > 10 for x in row if x % 2])
print([[i * j for j in range(1, 5)] for i in range(1, 5)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print([[1 if r == c else 0 for c in range(4)] for r in range(4)])
