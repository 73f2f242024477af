# Roman numeral conversion both ways with validation and str.startswith loops.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for v, s in PAIRS:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    s = s.upper()
    i = total = 0
    for v, sym in PAIRS:
        while s.startswith(sym, i):
            total += v
            i += len(sym)
    if i != len(s) or to_roman(total) != s:
        raise ValueError(f"invalid numeral {s!r}")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r), from_roman(r.lower()) == n)
for bad in [0, 4000, -5, 2.5, True, "12"]:
    try:
        print(to_roman(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ["IIII", "IC", "MMMM", "ABC", "", "VX"]:
    try:
        print(from_roman(bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), sum(len(to_roman(n)) for n in range(1, 4000)))
print(sorted(["XIV", "IX", "MM", "CD", "L"], key=from_roman))
