# Swapping and rotating via tuple assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "x", "y", "z"
a, b, c = c, a, b
print(a, b, c)
fib = (0, 1)
for _ in range(10):
    fib = (fib[1], fib[0] + fib[1])
print(fib)
x, y = 10, 3
x, y = y, x % y
print(x, y)
while y:
    x, y = y, x % y
print(x)
t = (1, 2, 3, 4)
t = t[1:] + t[:1]
print(t)
