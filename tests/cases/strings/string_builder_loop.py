# Building and parsing CSV-like text.
rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("pear", 10, 0.25), ("fig", 0, 2.0)]
lines = [",".join(str(x) for x in r) for r in rows]
csv = "\n".join(lines)
print(csv)
parsed = [line.split(",") for line in csv.splitlines()]
header, body = parsed[0], parsed[1:]
print(header)
total = 0.0
for name, qty, price in body:
    cost = int(qty) * float(price)
    total += cost
    print(f"{name:<6}{qty:>4}{float(price):>8.2f}{cost:>8.2f}")
print(f"{'total':<6}{'':>4}{'':>8}{total:>8.2f}")
print(csv.replace(",", ";").upper().split("\n")[0])
