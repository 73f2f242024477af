# Task scheduling with heapq: priorities, ties broken by insertion count, merge, nlargest.
import heapq, itertools
counter = itertools.count()
pq = []
for prio, name in [(3, "write"), (1, "urgent"), (2, "review"), (1, "hotfix"), (5, "idle"), (2, "deploy")]:
    heapq.heappush(pq, (prio, next(counter), name))
print(pq[0], len(pq))
order = []
while pq:
    prio, _, name = heapq.heappop(pq)
    order.append(f"{prio}:{name}")
print(order)
data = [9, 4, 7, 1, 8, 2, 2, 6]
h = list(data)
heapq.heapify(h)
print(h[0], sorted(h) == sorted(data), heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nlargest(2, ["aa", "b", "cccc", "dd"], key=len), heapq.nsmallest(2, [(2, "x"), (1, "y"), (1, "a")]))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 100), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["a", "c"], ["b"], key=str)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
def kth_largest(xs, k):
    h = xs[:k]
    heapq.heapify(h)
    for x in xs[k:]:
        if x > h[0]:
            heapq.heapreplace(h, x)
    return h[0]
print([kth_largest(data, k) for k in range(1, 5)])
events = [(10, "end", "A"), (2, "start", "A"), (5, "start", "B"), (7, "end", "B"), (5, "end", "C"), (1, "start", "C")]
heapq.heapify(events)
active = 0
peak = 0
while events:
    t, kind, who = heapq.heappop(events)
    active += 1 if kind == "start" else -1
    peak = max(peak, active)
    print(t, kind, who, active)
print("peak", peak)
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
