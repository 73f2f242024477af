# Order-sensitive outputs derived from str hashes: set iteration, set of keys, frozenset ops.
d = {"k%d" % i: i for i in range(20)}
print(set(d))
print(set(d.values()))
print(sorted(d) == sorted(set(d)), len(set(d)))
a = set("mississippi")
b = set("missouri")
print(a, b, a | b, a & b, a - b, b - a, a ^ b)
print([c for c in set("abracadabra")])
print({w[::-1] for w in ["level", "stats", "hello", "world"]})
counts = {}
for ch in "the rain in spain":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, set(counts))
print(frozenset("abc") | frozenset("cde"), hash(frozenset("abc")))
print(set(str(i) for i in range(15)))
print(set(map(chr, range(65, 80))))
print({"%03d" % i for i in range(0, 100, 9)})
