# Digit manipulation with // and %.
def digits(n):
    n = abs(n)
    out = []
    while True:
        out.append(n % 10)
        n //= 10
        if n == 0:
            break
    return out[::-1]
for n in [0, 7, 10, 12345, -9876, 10 ** 25 + 3]:
    print(n, digits(n), sum(digits(n)))
def reverse_int(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])
print(reverse_int(1200), reverse_int(-345), reverse_int(0))
print([n for n in range(100, 1000) if sum(int(d) ** 3 for d in str(n)) == n])
