# Uncaught ZeroDivisionError after some output.
values = [10, 5, 2, 1, 0, 7]
total = 0
results = []
for v in values:
    q = 100 // v
    total += q
    results.append(q)
    print("100 //", v, "=", q, "running total", total)
print("unreachable", results)
