# Fibonacci numbers far beyond 64 bits.
a, b = 0, 1
for _ in range(10000):
    a, b = b, a + b
s = str(a)
print(len(s), s[:30], s[-30:])
print(a.bit_length(), a % 1000000007, a % 10**20)
def fib_fast(n):
    def go(n):
        if n == 0:
            return (0, 1)
        x, y = go(n >> 1)
        c = x * (2 * y - x)
        d = x * x + y * y
        return (d, c + d) if n & 1 else (c, d)
    return go(n)[0]
print(fib_fast(10000) == a, fib_fast(100), fib_fast(1), fib_fast(0))
f20000 = fib_fast(20000)
print(len(str(f20000)), f20000 % 999983)
import math
print(math.gcd(fib_fast(300), fib_fast(200)) == fib_fast(100))
x, y = fib_fast(9999), fib_fast(10001)
print(x * y - a * a)
digits = [0] * 10
for c in s:
    digits[ord(c) - 48] += 1
print(digits)
