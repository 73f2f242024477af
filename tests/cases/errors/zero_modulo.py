# Uncaught integer modulo by zero.
n = 17
for d in range(5, -1, -1):
    if d:
        print(n, "%", d, "=", n % d, "and", n, "//", d, "=", n // d)
    else:
        print("divisor reached zero")
print("last divisor", d)
remainder = n % d
print("unreachable", remainder)
