# get and setdefault.
d = {"x": 1, "y": None}
print(d.get("x"), d.get("z"), d.get("z", 0), d.get("y", "default"), d.get("y") is None)
print(d.setdefault("x", 100), d.setdefault("w", []), d)
d.setdefault("w", []).append(1)
d.setdefault("w", []).append(2)
print(d)
print(d.setdefault("k"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
