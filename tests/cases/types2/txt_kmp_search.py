# Knuth-Morris-Pratt string search compared with str.find/count, including overlapping matches.
def prefix_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t
def kmp(text, p):
    if not p:
        return list(range(len(text) + 1))
    t, k, out = prefix_table(p), 0, []
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = t[k - 1]
    return out
def naive_all(text, p):
    res, i = [], text.find(p)
    while i != -1:
        res.append(i)
        i = text.find(p, i + 1)
    return res
cases = [("abababab", "abab"), ("aaaaa", "aa"), ("the cat in the hat", "the"), ("mississippi", "issi"), ("abc", "d"), ("", "a"), ("ab", ""),
         ("ünïcödé ünï", "ünï"), ("AAAAAAAAAB", "AAAB")]
for text, p in cases:
    k = kmp(text, p)
    print(repr(text), repr(p), prefix_table(p), k, k == naive_all(text, p), text.count(p), len(k))
print(prefix_table("aabaaab"), prefix_table("abcabcabc"), prefix_table("aaaa"))
