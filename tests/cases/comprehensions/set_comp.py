# Set comprehensions (small ints, or printed sorted).
print({x % 4 for x in range(20)})
print({abs(x) for x in range(-5, 6)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print(sorted({len(w) for w in "one two three four five six".split()}))
print({x for x in range(10) if x * x > 20})
print(len({(x, y) for x in range(3) for y in range(3)}))
print({x // 3 for x in range(-6, 7)})
multiples = {n for n in range(1, 50) if n % 3 == 0 or n % 7 == 0}
print(len(multiples), sorted(multiples)[:10], max(multiples))
digits = {int(d) for d in str(2 ** 100)}
print(digits, len(digits))
print(sorted({c for c in "Mississippi".lower()}), {len(s) for s in ["", "a", "bb", "cc"]})
