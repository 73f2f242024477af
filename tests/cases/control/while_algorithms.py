# Classic while-loop algorithms.
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 101]:
    print(n, isqrt(n))
def digits_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s
print(digits_sum(987654321), digits_sum(0), digits_sum(2 ** 100))
def binary(n):
    bits = ""
    while n > 0:
        bits = str(n % 2) + bits
        n //= 2
    return bits or "0"
print([binary(n) for n in [0, 1, 2, 5, 255, 1024]])
