# Iterating over strings, enumerate, and character counts.
s = "hello, world"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for i, ch in enumerate("abc"):
    print(i, ch)
print(list("xyz"), tuple("xy"), [c.upper() for c in "abc"])
print(sorted("banana"), sorted(set("banana")), "".join(sorted("banana")))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list(reversed("stressed")), "".join(reversed("stressed")))
print(len("hello"), len(""), len("😀é"), len("\n\t"))
