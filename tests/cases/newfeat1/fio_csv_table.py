# Realistic: write a CSV-ish table by hand, read it back, aggregate
P = "/tmp/molt_tests_newfeat1_sales.csv"
rows = [
    ("region", "month", "units", "price"),
    ("north", "jan", "10", "2.50"),
    ("south", "jan", "4", "3.00"),
    ("north", "feb", "7", "2.75"),
    ("east", "feb", "0", "9.99"),
    ("south", "feb", "12", "3.10"),
]
with open(P, "w", encoding="utf-8", newline="") as f:
    for r in rows:
        f.write(",".join(r) + "\r\n")

with open(P, "rb") as f:
    print(f.read().count(b"\r\n"))

with open(P, encoding="utf-8") as f:
    header = f.readline().strip().split(",")
    print(header)
    totals = {}
    for line in f:
        rec = dict(zip(header, line.rstrip("\n").split(",")))
        amount = int(rec["units"]) * float(rec["price"])
        totals[rec["region"]] = totals.get(rec["region"], 0.0) + amount
for region in sorted(totals):
    print(f"{region:>6}: {totals[region]:8.2f}")

with open(P, encoding="utf-8", newline="") as f:
    raw_lines = f.readlines()
print(repr(raw_lines[0]), len(raw_lines))

# write a summary file and show its exact bytes
S = "/tmp/molt_tests_newfeat1_summary.txt"
with open(S, "w", encoding="utf-8") as out:
    out.write("region\ttotal\n")
    out.writelines(f"{r}\t{t:.1f}\n" for r, t in sorted(totals.items(), key=lambda kv: -kv[1]))
with open(S, "rb") as f:
    print(f.read())
