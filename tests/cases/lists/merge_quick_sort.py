# Recursive merge sort and quicksort.
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) < 2:
        return a
    p = a[0]
    return quick([x for x in a[1:] if x < p]) + [p] + quick([x for x in a[1:] if x >= p])
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(merge_sort(data), quick(data), sorted(data) == merge_sort(data) == quick(data))
big = [(i * 7919) % 1000 for i in range(500)]
print(merge_sort(big)[:10], quick(big)[-10:], merge_sort(big) == sorted(big))
print(merge_sort(["pear", "apple", "fig"]), quick([3.5, -1.0, 2]))
