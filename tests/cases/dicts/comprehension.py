# Dict comprehensions.
sq = {n: n * n for n in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
words = ["apple", "Bob", "cat", "Dog"]
print({w.lower(): len(w) for w in words})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: "aeiou".find(c) for c in "hello"})
print({k: [x for x in range(k)] for k in range(4)})
x = 10
print({x: x for x in range(3)}, x)
