# Processing a multi-line text block.
text = """Alpha beta gamma
delta Epsilon
  zeta eta theta iota

kappa"""
lines = text.split("\n")
print(len(lines))
for n, line in enumerate(lines, 1):
    print(f"{n:2}: {line!r} words={len(line.split())}")
words = text.split()
print(len(words), words)
print(sorted(words, key=str.lower))
print(max(words, key=len), min(words, key=len))
print(text.count("a"), text.upper().count("A"))
caps = [w for w in words if w[0].isupper()]
print(caps)
print("|".join(line.strip() for line in lines if line.strip()))
