# Factorial of 2000 computed by repeated multiplication, checked several ways.
import math
import sys
sys.set_int_max_str_digits(0)
f = 1
for i in range(2, 2001):
    f *= i
s = str(f)
print(len(s))
print(s[:50])
print(s[-600:-450])
print(len(s) - len(s.rstrip("0")))
print(sum(int(c) for c in s))
print(f == math.factorial(2000))
print(f.bit_length(), f.bit_count(), f % (10**9 + 7), f % 2**64)
q = f
for i in range(2000, 1000, -1):
    q //= i
print(q == math.factorial(1000))
print(math.factorial(2000) // math.factorial(1998))
print(math.comb(2000, 1000) % 10**12, len(str(math.comb(2000, 1000))))
print(math.perm(50, 10), math.comb(60, 30), math.isqrt(f) ** 2 <= f < (math.isqrt(f) + 1) ** 2)
print(str(math.isqrt(f))[:30])
print(hex(f)[:40], hex(f)[-20:])
