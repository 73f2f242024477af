# Accumulating results across loops: max/min tracking and flags.
data = [12, -7, 33, 0, 33, -50, 8]
hi = lo = data[0]
hi_idx = lo_idx = 0
for i, v in enumerate(data):
    if v > hi:
        hi, hi_idx = v, i
    if v < lo:
        lo, lo_idx = v, i
print(hi, hi_idx, lo, lo_idx)
has_zero = False
for v in data:
    if v == 0:
        has_zero = True
        break
print(has_zero)
pos_sum = neg_sum = 0
for v in data:
    if v > 0:
        pos_sum += v
    elif v < 0:
        neg_sum += v
print(pos_sum, neg_sum)
streak = best = 0
for v in data:
    streak = streak + 1 if v > 0 else 0
    best = max(best, streak)
print("longest positive streak", best)
