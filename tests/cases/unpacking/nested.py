# Nested unpacking patterns.
data = [("ann", (1990, 5, 17)), ("bob", (1985, 12, 1))]
for name, (year, month, day) in data:
    print(f"{name}: {day:02d}/{month:02d}/{year}")
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
[(x1, y1), (x2, y2)] = [(0, 0), (3, 4)]
print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
(a, [b, (c, *d)]) = (1, [2, (3, 4, 5)])
print(a, b, c, d)
try:
    (a, (b, c)) = (1, (2,))
except ValueError as e:
    print(type(e).__name__, e)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print(m00 * m11 - m01 * m10)
