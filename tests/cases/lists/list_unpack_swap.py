# Swapping elements and rotating lists.
a = [1, 2, 3, 4, 5]
a[0], a[-1] = a[-1], a[0]
print(a)
def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[-k:] + lst[:-k]
for k in [0, 1, 2, 5, 7, -1, -6]:
    print(k, rotate([1, 2, 3, 4, 5], k))
print(rotate([], 3))
b = list(range(8))
b[::2], b[1::2] = b[1::2], b[::2]
print(b)
i = 0
c = [10, 20, 30]
i, c[i] = 2, 99
print(i, c)
