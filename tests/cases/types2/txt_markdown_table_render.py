# Render a Markdown table with alignment markers from a list of dict records.
records = [
    {"lang": "Python", "year": 1991, "typing": "dynamic", "score": 9.25},
    {"lang": "Rust", "year": 2015, "typing": "static", "score": 8.5},
    {"lang": "C", "year": 1972, "typing": "static", "score": 7.0},
    {"lang": "Élixir", "year": 2012, "typing": "dynamic", "score": 6.75},
]
cols = list(records[0])
align = {"lang": "<", "year": ">", "typing": "^", "score": ">"}
def cell(v):
    return f"{v:.2f}" if isinstance(v, float) else str(v)
widths = {c: max(len(c), *(len(cell(r[c])) for r in records)) for c in cols}
print(widths)
print("| " + " | ".join(f"{c:{align[c]}{widths[c]}}" for c in cols) + " |")
def marker(c):
    w = widths[c]
    a = align[c]
    if a == "<":
        return ":" + "-" * (w - 1)
    if a == ">":
        return "-" * (w - 1) + ":"
    return ":" + "-" * (w - 2) + ":"
print("| " + " | ".join(marker(c) for c in cols) + " |")
for r in sorted(records, key=lambda r: r["year"]):
    print("| " + " | ".join(f"{cell(r[c]):{align[c]}{widths[c]}}" for c in cols) + " |")
by_typing = {}
for r in records:
    by_typing.setdefault(r["typing"], []).append(r["lang"])
print(by_typing)
print(", ".join(f"{k}={len(v)}" for k, v in by_typing.items()))
print(f"{'avg':>8}: {sum(r['score'] for r in records) / len(records):6.3f}")
print(f"{'oldest':>8}: {min(records, key=lambda r: r['year'])['lang']!r}")
