# Comprehensions with complex conditions and chained iteration.
words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig", "grape"]
print([w for w in words if w[0].isupper()])
print([w.lower() for w in words if len(w) > 4 and "e" in w])
print([w[::-1] if len(w) % 2 else w.upper() for w in words])
print([(i, w) for i, w in enumerate(words) if i % 3 == 0])
print([c for w in words for c in w if c in "xyz"])
print(sorted(words, key=lambda w: (len(w), w)))
print([w for w in words if not any(ch in "aeiou" for ch in w[1:3])])
print({w[0].lower(): w for w in words})
