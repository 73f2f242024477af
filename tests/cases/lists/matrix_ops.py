# Matrix multiply and transpose with lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
I = [[1, 0], [0, 1]]
print(matmul(A, B), matmul(B, A), matmul(A, I) == A)
print(transpose([[1, 2, 3], [4, 5, 6]]), transpose([]))
P = A
for _ in range(10):
    P = matmul(P, A)
print(P)
F = [[1, 1], [1, 0]]
M = [[1, 0], [0, 1]]
for _ in range(90):
    M = matmul(M, F)
print(M[0][1])
