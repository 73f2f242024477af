# Building an inverted index from text lines.
lines = [
    "the quick brown fox",
    "the lazy dog",
    "quick brown dogs jump",
    "a fox and a dog",
]
index = {}
for lineno, line in enumerate(lines, 1):
    for word in line.split():
        entry = index.setdefault(word, [])
        if lineno not in entry:
            entry.append(lineno)
for word in sorted(index):
    print(f"{word:>6}: {index[word]}")
print(len(index))
def query(*words):
    result = None
    for w in words:
        hits = set(index.get(w, []))
        result = hits if result is None else result & hits
    return sorted(result or [])
print(query("quick"), query("brown", "quick"), query("the", "dog"), query("cat"), query("a", "fox"))
first_seen = {}
for word in " ".join(lines).split():
    first_seen.setdefault(word, len(first_seen))
print(list(first_seen.items())[:6])
