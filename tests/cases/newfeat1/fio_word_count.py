# Realistic: wc-like statistics of a unicode text file read in several ways
P = "/tmp/molt_tests_newfeat1_poem.txt"
poem = """Über den Wipfeln ist Ruh,
in allen Gipfeln spürest du
kaum einen Hauch;

die Vögelein schweigen im Walde.
Warte nur, balde
ruhest du auch.
"""
with open(P, "w", encoding="utf-8") as f:
    f.write(poem)

with open(P, encoding="utf-8") as f:
    text = f.read()
with open(P, "rb") as f:
    raw = f.read()
print("lines", text.count("\n"), "words", len(text.split()), "chars", len(text), "bytes", len(raw))

freq = {}
with open(P, encoding="utf-8") as f:
    for line in f:
        for w in line.lower().replace(",", " ").replace(".", " ").replace(";", " ").split():
            freq[w] = freq.get(w, 0) + 1
common = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(common)

with open(P, encoding="latin-1") as f:
    mojibake = f.readline()
print(repr(mojibake))

with open(P, encoding="ascii", errors="replace") as f:
    print(repr(f.readline()))

longest = max(open(P, encoding="utf-8"), key=len)
print(repr(longest))

with open(P, encoding="utf-8") as f:
    numbered = [f"{i:>2}| {line}" for i, line in enumerate(f, 1) if line.strip()]
print("".join(numbered), end="")
