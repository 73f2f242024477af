# Set comprehensions of small ints.
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print(sorted({c for c in "mississippi"}))
print({n for n in range(30) if n % 3 == 0 and n % 2 == 0})
print(sorted({len(w) for w in "the quick brown fox jumps".split()}))
squares = {i * i for i in range(10)}
print([n for n in range(50) if n in squares])
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
