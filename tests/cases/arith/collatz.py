# Collatz sequence lengths.
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz_len(n) for n in range(1, 30)])
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
print(collatz_len(27), collatz_len(2 ** 50))
n = 27
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
print(peak)
