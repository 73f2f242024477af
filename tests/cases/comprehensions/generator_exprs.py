# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(", ".join(str(x) for x in range(3)), tuple(x for x in "ab"), sorted(x for x in [3, 1, 2]))
def noisy(n):
    for i in range(n):
        print("  producing", i)
        yield i
lazy = (v * 10 for v in noisy(3))
print("created")
print(next(lazy))
print("between")
print(list(lazy))
print(sum((i for i in range(10)), 100))
