# heapq and bisect: exact heap layouts, merge order, and bisect/insort with key=.
import heapq, bisect
data = [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4, 8]
h = list(data); heapq.heapify(h); print(h)
h2 = []
for x in data: heapq.heappush(h2, x)
print(h2, [heapq.heappop(h2) for _ in range(4)], h2)
print(heapq.heapreplace(h2, 10), h2, heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 11), h2)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge("ace", "bdf", reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge(["a", "BB", "ccc"], ["dd"], key=len)))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nlargest(2, ["a", "bbb", "cc"], key=len), heapq.nsmallest(0, data))
tasks = []
for pri, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
for bad in ["heapq.heappop([])", "heapq.heappush((), 1)", "heapq.heapreplace([], 1)", "heapq.heapify(5)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
import heapq
for f in ["heappop(5)","heappushpop(5,1)","heapreplace(5,1)"]:
    try: eval("heapq."+f)
    except TypeError as e: print(e)
