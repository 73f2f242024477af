# Parsing a numeric column with a bad value ends in an uncaught ValueError.
rows = ["10", " 20 ", "+30", "-4_0", "0x1F", "1e3", "fifty"]
total = 0
skipped = []
for r in rows[:4]:
    v = int(r)
    total += v
    print(repr(r), v, total)
for r in rows[4:6]:
    try:
        total += int(r)
    except ValueError as e:
        skipped.append(r)
        print("skip", type(e).__name__, e)
print(int(rows[4], 16), int(float(rows[5])), skipped, total)
for r in rows:
    v = int(r, 0) if r.startswith("0x") else int(float(r)) if "e" in r else int(r)
    print("parsed", v)
print("unreachable", total)
