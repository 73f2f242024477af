# Binary search over a sorted list.
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 3, 5, 8, 13, 21]
for x in [0, 1, 3, 4, 21, 22, 8]:
    i = bsearch(a, x)
    print(x, i, i < len(a) and a[i] == x)
print(bsearch([], 5), bsearch([5], 5), bsearch([5], 6))
squares = [i * i for i in range(1000)]
print(bsearch(squares, 250000), bsearch(squares, 250001), bsearch(squares, 10 ** 9))
