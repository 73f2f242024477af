# Binary search by hand and with bisect: grades lookup, insertion points, sorted insert.
import bisect
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 59, 60, 77, 89, 90, 100)])
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 2, 4, 4, 4, 7, 9, 12]
for x in [0, 1, 3, 4, 5, 12, 13]:
    print(x, lower_bound(a, x), bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2, 5))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, v)
print(s)
recs = [(1990, "a"), (2000, "b"), (2010, "c")]
print(bisect.bisect_left(recs, (2000,)), bisect.bisect_right(recs, (2000, "zz")))
keys = sorted(["pear", "Apple", "fig", "banana"], key=str.lower)
print(keys, bisect.bisect_left(keys, "c", key=str.lower), bisect.bisect_right(keys, "FIG", key=str.lower))
bisect.insort(keys, "Cherry", key=str.lower)
print(keys)
def isqrt_bs(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt_bs(n) for n in (0, 1, 15, 16, 10 ** 20, 10 ** 40 - 1)])
try:
    bisect.bisect_left(a, 3, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)
