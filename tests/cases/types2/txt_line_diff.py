# A minimal line diff (LCS over lists of strings) producing unified-style +/- output.
old = """alpha
beta
gamma
delta
epsilon
zeta""".splitlines()
new = """alpha
gamma
delta
DELTA2
epsilon
eta
zeta""".splitlines()
def diff(a, b):
    n, m = len(a), len(b)
    L = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if a[i] == b[j] else max(L[i + 1][j], L[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(" " + a[i])
            i += 1
            j += 1
        elif L[i + 1][j] >= L[i][j + 1]:
            out.append("-" + a[i])
            i += 1
        else:
            out.append("+" + b[j])
            j += 1
    out += ["-" + x for x in a[i:]] + ["+" + x for x in b[j:]]
    return out
d = diff(old, new)
print("\n".join(d))
print(sum(l.startswith("+") for l in d), sum(l.startswith("-") for l in d), sum(l[0] == " " for l in d))
print(diff([], ["x"]), diff(["x"], []), diff(["same"], ["same"]), diff("abc", "acb"))
ratio = 2 * sum(l[0] == " " for l in d) / (len(old) + len(new))
print(f"similarity {ratio:.3f}")
def char_diff(a, b):
    return "".join(x if x == y else f"[{x}|{y}]" for x, y in zip(a.ljust(len(b)), b.ljust(len(a))))
print(char_diff("kitten", "sitting"), char_diff("abc", "abc"), repr(char_diff("", "ab")))
