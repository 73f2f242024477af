# Text alignment with ljust/rjust/center and format.
items = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 199.99), ("X", 100, 0.01)]
w = max(len(n) for n, _, _ in items)
print("Name".ljust(w), "Qty".rjust(5), "Price".rjust(8))
print("-" * (w + 15))
for n, q, p in items:
    print(n.ljust(w), str(q).rjust(5), ("%.2f" % p).rjust(8))
print("=" * (w + 15))
total = sum(q * p for _, q, p in items)
print("Total".ljust(w), "".rjust(5), ("%.2f" % total).rjust(8))
for n, _, _ in items:
    print("|" + n.center(13) + "|" + n[:4].rjust(6, ".") + "|")
