# Nested loops generating patterns.
n = 5
for i in range(1, n + 1):
    print("*" * i)
for i in range(n, 0, -1):
    print(" " * (n - i) + "#" * i)
for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line += f"{i}x{j}={i * j:<3}"
    print(line)
total = 0
for i in range(10):
    for j in range(i):
        for k in range(j):
            total += 1
print("triples", total)
