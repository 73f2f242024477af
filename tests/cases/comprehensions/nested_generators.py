# Generator expressions feeding other generator expressions.
nums = range(1, 21)
evens = (n for n in nums if n % 2 == 0)
squares = (n * n for n in evens)
small = (s for s in squares if s < 200)
print(list(small))
pipeline = sum(x for x in (y * 3 for y in range(10)) if x % 2)
print(pipeline)
words = ["alpha", "beta", "gamma"]
chars = (c for w in words for c in w)
print("".join(chars))
g = ((i, j) for i in range(3) for j in range(i))
print(list(g))
print(list(zip((x for x in "abc"), (y for y in range(10)))))
