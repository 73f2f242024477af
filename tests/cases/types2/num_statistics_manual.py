# Descriptive statistics computed by hand: mean, median, mode, quartiles, stdev, histogram.
import math
data = [23, 7, 15, 42, 8, 15, 16, 4, 15, 23, 42, 8, 99, 1, 0, 15, 7]
n = len(data)
s = sorted(data)
mean = sum(data) / n
median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
var = sum((x - mean) ** 2 for x in data) / (n - 1)
print(n, s, mean, median, mode, round(var, 6), round(math.sqrt(var), 6))
def quantile(sorted_xs, q):
    pos = (len(sorted_xs) - 1) * q
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_xs) - 1)
    return sorted_xs[lo] + (sorted_xs[hi] - sorted_xs[lo]) * (pos - lo)
print([quantile(s, q) for q in (0, 0.25, 0.5, 0.75, 1)])
lo, hi = min(data), max(data)
bins = 5
width = (hi - lo) / bins
hist = [0] * bins
for x in data:
    idx = min(int((x - lo) / width), bins - 1)
    hist[idx] += 1
for i, c in enumerate(hist):
    a = lo + i * width
    print(f"[{a:6.1f}, {a + width:6.1f}) {'*' * c} {c}")
z = [(x - mean) / math.sqrt(var) for x in data]
print([f"{v:+.2f}" for v in z[:6]], sum(1 for v in z if abs(v) > 2))
xs = list(range(1, 11))
ys = [2.1 * x + 0.5 + (0.3 if x % 2 else -0.3) for x in xs]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
icpt = my - slope * mx
print(f"y = {slope:.4f}x + {icpt:.4f}", round(slope, 10), round(icpt, 10))
