print("Hello from Molt!")
squares = [n * n for n in range(10)]
print(sum(squares), 2 ** 100, 0.1 + 0.2)
