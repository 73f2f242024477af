# Counting words with a dict, then sorting by count and word.
text = "the cat and the hat and the bat sat on the mat with a cat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>5} {c} {'#' * c}")
print(len(freq), sum(freq.values()))
longest = max(freq, key=len)
print(longest, len(longest))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
