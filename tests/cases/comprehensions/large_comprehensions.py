# Larger comprehensions with aggregated output.
N = 2000
evens = [i for i in range(N) if i % 2 == 0]
print(len(evens), evens[:5], evens[-3:], sum(evens))
sq = {i: i * i for i in range(N)}
print(len(sq), sq[N - 1], sum(sq.values()) % 1000003)
mods = {i % 97 for i in range(N)}
print(len(mods), min(mods), max(mods))
pairs = [(a, b) for a in range(50) for b in range(50) if (a * b) % 49 == 1]
print(len(pairs), pairs[:5])
text = "".join(chr(97 + (i * 7) % 26) for i in range(100))
print(text[:40], len(set(text)))
