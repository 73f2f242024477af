# Generating permutations/combinations/subsets by hand and checking against itertools.
import itertools
def perms(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i, x in enumerate(seq):
        for p in perms(seq[:i] + seq[i + 1:]):
            out.append([x] + p)
    return out
def combos(seq, k):
    if k == 0:
        return [[]]
    if len(seq) < k:
        return []
    return [[seq[0]] + c for c in combos(seq[1:], k - 1)] + combos(seq[1:], k)
def subsets(seq):
    return [[x for i, x in enumerate(seq) if mask >> i & 1] for mask in range(1 << len(seq))]
s = [1, 2, 3, 4]
print(len(perms(s)), perms(s)[:4], [tuple(p) for p in perms(s)] == list(itertools.permutations(s)))
print(combos("abcd", 2), [tuple(c) for c in combos("abcde", 3)] == list(itertools.combinations("abcde", 3)))
print(subsets("abc"), len(subsets(range(10))))
def next_perm(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
p, seen = [1, 1, 2], []
while p:
    seen.append("".join(map(str, p)))
    p = next_perm(p)
print(seen, len(set(itertools.permutations([1, 1, 2]))))
print(sum(1 for p in itertools.permutations(range(6)) if all(p[i] != i for i in range(6))))
print(["".join(p) for p in itertools.product("01", repeat=3)], list(itertools.combinations(range(4), 0)), list(itertools.permutations("ab", 3)))
