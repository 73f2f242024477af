# Parsing human-formatted numbers: thousands separators, currency, percentages, suffixes, accounting negatives.
def parse_amount(s):
    s = s.strip()
    neg = s.startswith("(") and s.endswith(")")
    if neg:
        s = s[1:-1]
    if s.startswith("-"):
        neg, s = not neg, s[1:]
    s = s.lstrip("$€£").replace(",", "").replace("_", "").replace(" ", "")
    mult = 1
    if s and s[-1] in "kKmMbB":
        mult = {"k": 10 ** 3, "m": 10 ** 6, "b": 10 ** 9}[s[-1].lower()]
        s = s[:-1]
    if s.endswith("%"):
        return (-1 if neg else 1) * float(s[:-1]) / 100
    v = float(s) * mult if "." in s or "e" in s.lower() else int(s) * mult
    return -v if neg else v
for s in ["1,234", "$1,234,567.89", "(500)", "-€12.50", "12%", "0.5%", "3.5k", "2M", "1.25B", "1_000", " 42 ", "1e3", "(1,000.00)", "--5", "", "12,34,567", "$-3"]:
    try:
        v = parse_amount(s)
        print(f"{s!r:>16} -> {v!r:<22} {type(v).__name__:<6} {v:>16,.2f}")
    except (ValueError, KeyError, IndexError) as e:
        print(f"{s!r:>16} -> {type(e).__name__}: {e}")
print(f"{parse_amount('1,234') + parse_amount('(34)'):,}", int("1_234"), float("1_234.5"), float("1_2e1_0"))
