# Word frequency with punctuation stripping, casefold and tie-broken sorting.
import string
text = """It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness... STRASSE straße Straße! Don't stop; don't.
"Quoted" words -- and hyphen-ated ones: well-known, WELL-KNOWN."""
table = str.maketrans("", "", string.punctuation.replace("-", "").replace("'", ""))
words = []
for raw in text.split():
    w = raw.translate(table).strip("-'").casefold()
    if w:
        words.append(w)
print(len(words))
print(words[:12])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:10]:
    print(f"{w:<12}{n:>3} {'#' * n}")
print(sorted(w for w, n in freq.items() if n == 1))
print("strasse" in freq, freq.get("strasse"), freq.get("straße"))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
print(max(freq, key=lambda w: (len(w), w)), min(freq, key=lambda w: (freq[w], w)))
import collections
c = collections.Counter(words)
print(c.most_common(3))
print(sum(c.values()), len(c))
letters = collections.Counter(ch for w in words for ch in w if ch.isalpha())
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print("the".center(11, "*"), "times".title(), "WISDOM".lower().capitalize())
