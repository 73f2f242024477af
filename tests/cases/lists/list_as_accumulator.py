# Running totals, prefix sums and windows over lists.
data = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3]
prefix = [0]
for x in data:
    prefix.append(prefix[-1] + x)
print(prefix)
print([prefix[j] - prefix[i] for i, j in [(0, 10), (2, 5), (4, 4)]])
best = cur = data[0]
for x in data[1:]:
    cur = max(x, cur + x)
    best = max(best, cur)
print("max subarray", best)
k = 3
windows = [sum(data[i:i + k]) for i in range(len(data) - k + 1)]
print(windows, max(windows), windows.index(max(windows)))
running_max = []
m = None
for x in data:
    m = x if m is None else max(m, x)
    running_max.append(m)
print(running_max)
hist = [0] * 5
for x in data:
    hist[x % 5] += 1
print(hist, sum(hist) == len(data))
pos = [x for x in data if x > 0]
neg = [x for x in data if x < 0]
print(pos, neg, len(pos) + len(neg))
