# Binary operators with a number constant on either side (compiled with the constant
# read from the constant table): ints, floats, mixed, big results, errors, and
# operands whose type defines the operator.
n = 27
print(n % 2, n // 2, 3 * n + 1, 2 ** n, 1 - n, 2.5 * n, n / 2, 7 / 0.5)
print(1 << n, n >> 1, n & 1, n | 8, n ^ 5, 0x7FFFFFFF & (n * 1103515245 + 12345))
print(-7 // 2, -7 % 3, 7 % -3, 2 ** -1, 1 << 70, n << 60, -n >> 2, n >> 200)
x = 1.5
print(x * 2, 2 * x, x / 4, 1 / x, x - 1, 3 - x, x % 1.0, 2 ** x, x // 1, 1 + x)
print(10 ** 20 * 3, 3 * 10 ** 20, (1 << 47) * 4, 4 * (1 << 47), (1 << 47) + 1)
big = 2 ** 100
print(big % 7, big // 3, 3 * big, big - 1, 1 - big, big / 2, big & 255)
print(True * 3, 3 * True, False + 1, 2 ** 0.5, 1e308 * 10, -0.0 * 1, 0 * -1.0)


class V:
    def __mul__(self, o):
        return ("mul", o)

    def __rmul__(self, o):
        return ("rmul", o)

    def __rsub__(self, o):
        return ("rsub", o)

    def __mod__(self, o):
        return ("mod", o)


v = V()
print(v * 3, 3 * v, 5 - v, v % 2, "ab" * 3, 3 * "ab", [1] * 2, "%d!" % 5)
for expr in ("1 / 0", "5 % 0", "5 // 0", "1.0 / 0", "x % 0", "'a' - 1", "1 - 'a'",
             "v - 1", "2 ** v", "1 << -1", "[] * 1.5"):
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(expr, type(e).__name__, e)


def loop(count):
    total = 0
    for i in range(count):
        total = (total * 31 + i % 7 - 3 * (i // 5)) & 0xFFFF
    return total


print(loop(1000))
