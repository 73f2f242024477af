# Word counting with dicts and sets; str split/join/format/%/lower/upper/replace,
# slicing, sorted() with a key over dict items.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "ba", "do"]


def make_text(n_words, seed):
    words = []
    x = seed
    for i in range(n_words):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + (x >> 16) % 3
        parts = []
        y = x
        for _ in range(k):
            parts.append(SYLLABLES[y % 12])
            y //= 12
        w = "".join(parts)
        if i % 7 == 0:
            w = w.upper()
        words.append(w)
        if i % 13 == 12:
            words.append("\n")
    return " ".join(words)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for w in line.split():
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    total = 0
    report = []
    for seed in range(30):
        text = make_text(40000, seed + 1)
        counts = count_words(text)
        pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        top = pairs[:5]
        line = ", ".join("{}={}".format(w, c) for w, c in top)
        report.append("seed %d: %s" % (seed, line))
        bigrams = {}
        prev = None
        for w in text.replace("\n", " ").split(" "):
            if not w:
                continue
            if prev is not None:
                key = prev[:2] + "-" + w[-2:]
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
        firsts = set(k.split("-")[0] for k in bigrams)
        lasts = {k[-2:] for k in bigrams}
        total += len(firsts) * 7 + len(lasts & firsts) + ("ka" in firsts)
        for k, v in bigrams.items():
            total += len(k) * v
        total += len(counts) * 1000 + sum(counts.values())
    for line in report:
        print(line)
    print("dict_str checksum", total)


main()
