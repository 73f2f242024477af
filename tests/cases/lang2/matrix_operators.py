# A small Matrix class with @, +, *, ==, indexing with tuples, transposition and error messages.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError(f"shape mismatch: {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v + other for v in r] for r in self.rows])
        if isinstance(other, Matrix) and other.shape == self.shape:
            return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None
    @property
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, B @ A, A @ Matrix.identity(2) == A)
print(A + B, A + 10, 10 + A, 2 * A, A * 0.5, A.T, A.shape, Matrix([[1, 2, 3]]).T.shape)
A[0, 0] = 9
print(A[0, 0], A)
for expr in ["A @ Matrix([[1, 2, 3]])", "A @ 3", "A + Matrix([[1]])", "A * A", "hash(A)", "Matrix([[1], [2, 3]])", "A[5, 0]"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError, IndexError) as e:
        print(expr, "->", type(e).__name__, e)
M = A
M @= B
print(M, M is A, A)
