# Tab-separated columns aligned with expandtabs, plus manual tab-stop computation.
rows = ["name\tqty\tprice", "apple\t3\t0.5", "watermelon\t12\t3.25", "fig\t100\t0.05", "\tblank\t", "a\tb\tc\td"]
for size in (4, 8, 12):
    print(f"-- tabsize {size}")
    for r in rows:
        print(repr(r.expandtabs(size)))
def my_expand(s, tab=8):
    out = ""
    for ch in s:
        if ch == "\t":
            out += " " * (tab - len(out) % tab)
        elif ch in "\r\n":
            out = out + ch
        else:
            out += ch
    return out
print(all(my_expand(r, n) == r.expandtabs(n) for r in rows for n in (1, 2, 4, 8)))
print(repr("a\tb\nc\td".expandtabs(4)), repr("ab\r\tc".expandtabs(4)), repr("\t".expandtabs(0)), repr("x\ty".expandtabs(-1)))
cells = [r.split("\t") for r in rows]
widths = [max(len(c[i]) if i < len(c) else 0 for c in cells) for i in range(max(map(len, cells)))]
print(widths)
for c in cells:
    print("|".join(x.ljust(w) for x, w in zip(c + [""] * (len(widths) - len(c)), widths)) + "|")
