# Run-length encoding/decoding of strings and a compression ratio report.
import itertools
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in itertools.groupby(s))
def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaa",
          "ééééü", "aabbaa", "x" * 123]:
    e = rle(s)
    print(repr(e), unrle(e) == s, f"{len(e) / len(s) if s else 0:.3f}")
def rle_pairs(s):
    res = []
    for ch in s:
        if res and res[-1][0] == ch:
            res[-1][1] += 1
        else:
            res.append([ch, 1])
    return [tuple(p) for p in res]
print(rle_pairs("aaabccddddd"), rle_pairs(""))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(["".join(g) for _, g in itertools.groupby("aaabbbcca")])
print(max(((k, sum(1 for _ in g)) for k, g in itertools.groupby("abbbbcccaaaaaad")), key=lambda t: t[1]))
