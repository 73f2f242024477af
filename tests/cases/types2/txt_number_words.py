# Spell out integers in English words, then parse them back.
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]
def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for v, name in SCALES:
        if n >= v:
            q, r = divmod(n, v)
            return words(q) + " " + name + (" " + words(r) if r else "")
def parse(s):
    total = cur = 0
    neg = s.startswith("minus ")
    for w in s.removeprefix("minus ").replace("-", " ").split():
        if w in ONES:
            cur += ONES.index(w)
        elif w in TENS:
            cur += TENS.index(w) * 10
        elif w == "hundred":
            cur *= 100
        else:
            scale = dict((b, a) for a, b in SCALES)[w]
            total += cur * scale
            cur = 0
    return -(total + cur) if neg else total + cur
for n in [0, 7, 13, 20, 42, 99, 100, 101, 999, 1000, 1001, 12345, 1000000, 2_147_483_647, -58, 10 ** 12 + 1]:
    w = words(n)
    print(n, "->", w, parse(w) == n)
print(max(range(1000), key=lambda n: len(words(n))), sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1000)))
