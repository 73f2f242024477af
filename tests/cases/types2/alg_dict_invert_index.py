# Inverted index and dict inversion with comprehensions; handling non-unique values.
docs = {1: "the cat sat", 2: "the dog sat down", 3: "a cat and a dog", 4: ""}
index = {}
for did, text in docs.items():
    for pos, w in enumerate(text.split()):
        index.setdefault(w, []).append((did, pos))
for w in sorted(index):
    print(w, index[w])
def search(*terms):
    sets = [{d for d, _ in index.get(t, [])} for t in terms]
    return sorted(set.intersection(*sets)) if sets else []
print(search("cat"), search("cat", "dog"), search("sat", "the"), search("zebra"), search())
colors = {"apple": "red", "banana": "yellow", "cherry": "red", "lemon": "yellow", "lime": "green"}
inv_last = {v: k for k, v in colors.items()}
inv_all = {}
for k, v in colors.items():
    inv_all.setdefault(v, []).append(k)
print(inv_last, inv_all)
print({v: k for k, v in inv_last.items()} == {k: v for k, v in colors.items() if inv_last[v] == k})
codes = dict(zip("abc", range(3)))
print(codes, dict(zip(codes.values(), codes.keys())), dict(map(reversed, codes.items())))
print({k: v for k, v in sorted(colors.items(), key=lambda kv: (kv[1], kv[0]))})
word_lens = {w: len(w) for w in "alpha beta gamma delta epsilon".split()}
print(word_lens, {l: [w for w, n in word_lens.items() if n == l] for l in sorted(set(word_lens.values()))})
