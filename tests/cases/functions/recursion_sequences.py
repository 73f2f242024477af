# Recursive sequence generators: binary strings, combinations, partitions.
def binary_strings(n):
    if n == 0:
        return [""]
    return [p + b for p in binary_strings(n - 1) for b in "01"]
print(binary_strings(3), len(binary_strings(10)))
def combos(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combos(rest, k - 1)] + combos(rest, k)
print(combos([1, 2, 3, 4], 2), len(combos(list(range(10)), 5)), combos([], 1), combos([1], 0))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return [[]]
    out = []
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            out.append([p] + rest)
    return out
print(partitions(5))
print([len(partitions(i)) for i in range(1, 16)])
def gray(n):
    if n == 0:
        return [""]
    prev = gray(n - 1)
    return ["0" + g for g in prev] + ["1" + g for g in reversed(prev)]
print(gray(3))
