# Comprehensions that call functions and methods.
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(60) if is_prime(n)])
print([sum(range(n)) for n in range(8)])
print([str(n).zfill(3) for n in [1, 22, 333, 4444]])
print([abs(x) - 1 for x in [-3, 0, 3]])
print(["".join(sorted(w)) for w in ["cab", "fed", "zyx"]])
print([divmod(n, 7) for n in [0, 6, 7, 50, -1]])
print([list(range(i)) for i in range(4)])
print([max(row) for row in [[1, 5], [7, 2], [-1, -9]]])
