# Render an aligned text table with ljust/rjust/center and computed column widths.
data = [
    ("Product", "Qty", "Price", "Total"),
    ("Widget", 4, 3.5, None),
    ("Gadget-Pro", 12, 19.99, None),
    ("Ünïcødé", 1, 1000.0, None),
    ("x", 0, 0.0, None),
]
rows = [data[0]]
for name, q, p, _ in data[1:]:
    rows.append((name, str(q), f"{p:.2f}", f"{q * p:,.2f}"))
widths = [max(len(r[i]) for r in rows) for i in range(4)]
print(widths)
def line(ch="-", joint="+"):
    return joint + joint.join(ch * (w + 2) for w in widths) + joint
print(line())
for i, r in enumerate(rows):
    cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
    if i == 0:
        cells = [c.center(w) for c, w in zip(r, widths)]
    print("| " + " | ".join(cells) + " |")
    if i == 0:
        print(line("="))
print(line())
total = sum(float(r[3].replace(",", "")) for r in rows[1:])
print("TOTAL".rjust(sum(widths) + 9), f"{total:,.2f}")
for w in range(0, 8, 2):
    print(repr("ab".center(w)), repr("ab".center(w, ".")), repr("abc".center(w, "*")))
print(repr("7".zfill(4)), repr("-7".zfill(4)), repr("+7".zfill(1)), repr("abc".zfill(6)))
print(repr("x".ljust(5, "é")), repr("x".rjust(3, "0")))
try:
    "x".ljust(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".center("5")
except TypeError as e:
    print(type(e).__name__, e)
for n in [1, 22, 333, 4444]:
    print(f"[{n:<6}] [{n:^6}] [{n:>6}] [{n:*^7}]")
