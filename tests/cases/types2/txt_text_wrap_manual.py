# Greedy word wrapping and full justification written with str methods.
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "Sphinx of black quartz, judge my vow! Supercalifragilisticexpialidocious words overflow.")
def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]
for width in (20, 33, 50):
    print(f"--- width {width} ---")
    lines = wrap(text, width)
    for i, ws in enumerate(lines):
        last = i == len(lines) - 1
        s = " ".join(ws).ljust(width) if last else justify(ws, width)
        print("|" + s + "|", len(s))
print(wrap("", 10), wrap("   ", 10), wrap("a", 0))
para = "  indented line\n\tTabbed\tline\n"
print(repr(para.expandtabs(4)), repr(para.expandtabs()), repr("a\tbc\tdef\tg".expandtabs(3)))
print(repr("\n".join(l.strip() for l in para.splitlines())))
