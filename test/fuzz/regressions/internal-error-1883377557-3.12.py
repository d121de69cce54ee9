# fuzz regression: property=internal-error kind=mutated seed=1883377557 version=3.12
# from: realistic/matrix_class (delete-token)
# problem when found:
#   the engine did not finish within 30000 ms (hang in engine code)
# A small Matrix class with operator overloading, equality, iteration and error handling.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"
    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __iter__(self):
        return iter(self.rows)

    def _check_same(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-1) * other

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
    def transpose(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        # Bareiss fraction-free elimination: exact for integer matrices.
        a = [list(row) for row in self.rows]
        sign, prev = 1, 1
        for c in range(n - 1):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                return 0
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                sign = -sign
            for r in range(c + 1, n):
                for k in range(c + 1, n):
                    a[r][k] = (a[r][k] * a[c][c] - a[r][c] * a[c][k]) // prev
            prev = a[c][c]
        return sign * a[n - 1][n - 1]


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A)
print(A + B, A - B, 2 * A, A * 3, sep="\n")
print(A @ B)
print(A.transpose(), A.shape, A[1, 0], list(A), A == Matrix([[1, 2], [3, 4]]), A != B)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 30)[0, 1], fib ** 0 == Matrix.identity(2))
print(A.determinant(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant(), Matrix([[1, 2], [2, 4]]).determinant())
C = Matrix([[1, 2, 3], [4, 5, 6]])
print(C @ C.transpose())
print(C.transpose() @ C)
for bad in (lambda: A + C, lambda: A @ C.transpose(), lambda: Matrix([[1], [2, 3]]), lambda: C.determinant(), lambda: A + 1, lambda: A @ 2):
    try:
        print(bad())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
