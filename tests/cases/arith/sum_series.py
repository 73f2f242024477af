# Summation of integer series and their closed forms.
n = 1000
print(sum(range(n + 1)), n * (n + 1) // 2)
print(sum(i * i for i in range(n + 1)), n * (n + 1) * (2 * n + 1) // 6)
print(sum(i ** 3 for i in range(n + 1)), (n * (n + 1) // 2) ** 2)
print(sum(range(-50, 51)), sum(range(1, 100, 2)), sum(range(10, 0, -3)))
print(sum(2 ** i for i in range(100)) == 2 ** 100 - 1)
h = 0
for k in range(1, 11):
    h += 1 / k
print(h)
print(sum([1, 2, 3], 10), sum([], 0), sum([0.1] * 10))
