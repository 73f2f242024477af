# Matrix arithmetic with lists of ints/floats: multiply, transpose, determinant, exact inverse check.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(A, B))
print(matmul(A, I) == A, transpose(B), det(A), det(B), det(I), det([[1, 2], [2, 4]]))
def mat_pow(m, k):
    r = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while k:
        if k & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        k >>= 1
    return r
fib = mat_pow([[1, 1], [1, 0]], 200)
print(fib[0][1])
def gauss_inverse(m):
    n = len(m)
    aug = [list(map(float, row)) + [float(i == j) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if abs(aug[p][c]) < 1e-12:
            raise ValueError("singular matrix")
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [v / pv for v in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]
inv = gauss_inverse(A)
for row in inv:
    print(" ".join(f"{v:8.4f}" for v in row))
print([[round(v, 9) + 0.0 for v in row] for row in matmul(A, inv)])
try:
    gauss_inverse([[1, 2], [2, 4]])
except ValueError as e:
    print(type(e).__name__, e)
