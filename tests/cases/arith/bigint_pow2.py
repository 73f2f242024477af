# Large power of two: digits, length, and digit sums.
n = 2 ** 10000
s = str(n)
print(len(s))
print(s[:50])
print(s[-50:])
print(sum(int(c) for c in s))
print(n.bit_length())
print(n % 1000007)
print((n - 1).bit_length())
print(n // 2 ** 9990)
print(n >> 9995, (n >> 10000), (n >> 10001))
