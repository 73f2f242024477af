# Implementing zip_longest-like behaviour with builtins only.
def zip_longest(*seqs, fill=None):
    n = max((len(s) for s in seqs), default=0)
    return [tuple(s[i] if i < len(s) else fill for s in seqs) for i in range(n)]
print(zip_longest([1, 2, 3], "ab"), zip_longest(), zip_longest([], [1], fill="-"))
def chunked(it, n):
    it = iter(it)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield chunk
print(list(chunked(range(10), 3)), list(chunked([], 2)), list(chunked("abcd", 2)))
def pairwise(seq):
    return list(zip(seq, seq[1:]))
print(pairwise([1, 2, 3, 4]), pairwise("ab"), pairwise([]))
