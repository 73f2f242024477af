# Sets of strings are always printed through sorted().
words = "the cat and the hat and a bat".split()
uniq = set(words)
print(len(uniq), sorted(uniq))
a = set("hello")
b = set("world")
print(sorted(a), sorted(b), sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print("l" in a, "z" in a)
vowels = set("aeiou")
for w in ["queue", "rhythm", "banana"]:
    print(w, sorted(set(w) & vowels), len(set(w) - vowels))
print(sorted(set(["B", "a", "C", "b"]), key=str.lower))
