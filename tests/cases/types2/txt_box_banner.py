# Drawing boxed banners and menus with str multiplication, center, unicode box characters and len.
def box(lines, pad=1, style="ascii"):
    h, v, tl, tr, bl, br = ("-", "|", "+", "+", "+", "+") if style == "ascii" else ("─", "│", "┌", "┐", "└", "┘")
    w = max((len(l) for l in lines), default=0) + 2 * pad
    out = [tl + h * w + tr]
    for l in lines:
        out.append(v + " " * pad + l.ljust(w - 2 * pad) + " " * pad + v)
    out.append(bl + h * w + br)
    return "\n".join(out)
print(box(["Hello", "World!", ""]))
print(box(["Menu", "1) Start", "2) Options", "3) Quit"], pad=2, style="unicode"))
print(box([]))
title = " SCOREBOARD "
print(title.center(30, "="))
for name, score in [("ann", 120), ("bartholomew", 95), ("cy", 7)]:
    dots = "." * (24 - len(name) - len(str(score)))
    print(f"{name}{dots}{score}".center(30))
print("=" * 30)
print("-" * 0 + "|", "ab" * 3, 3 * "xy", "" * 100 + "end", ["-"] * 3, "=" * -5 + "|")
bar = lambda frac, width=20: "[" + "#" * round(frac * width) + " " * (width - round(frac * width)) + f"] {frac:4.0%}"
for f in [0, 0.05, 0.333, 0.5, 0.999, 1]:
    print(bar(f))
print("\u2500" * 5, len("\u2500" * 5), len(("\u2500" * 5).encode()), "█" * 3 + "░" * 2)
