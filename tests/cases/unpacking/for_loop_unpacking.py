# Unpacking in for-loop targets.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word[0])
for a, *b in [(1, 2, 3), (4, 5), (6,)]:
    print(a, b)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x + y + z)
d = {"a": [1, 2], "b": [3, 4]}
for k, (v1, v2) in d.items():
    print(k, v1 * v2)
for k, v in zip("ab", range(2)):
    print(k, v)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
