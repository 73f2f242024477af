# Column widths computed from data.
data = [("apples", 12, 0.5), ("kiwis", 7, 0.25), ("watermelons", 2, 3.75), ("figs", 100, 0.1)]
w0 = max(len(r[0]) for r in data)
w1 = max(len(str(r[1])) for r in data)
print(f"{'fruit':<{w0}} {'n':>{w1}} {'each':>6} {'sum':>7}")
for name, n, each in data:
    print(f"{name:<{w0}} {n:>{w1}} {each:>6.2f} {n * each:>7.2f}")
total = sum(n * each for _, n, each in data)
print(f"{'':-<{w0 + w1 + 16}}")
print(f"{'total':<{w0}} {'':>{w1}} {'':>6} {total:>7.2f}")
print(f"{len(data)=} {w0=} {w1=}")
