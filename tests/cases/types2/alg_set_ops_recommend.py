# A tiny recommender with set operations over small-int item ids and sorted string tags.
likes = {"ann": {1, 2, 3, 5}, "ben": {2, 3, 4}, "cat": {1, 5, 6, 7}, "dan": {8}, "eve": {1, 2, 3, 5, 9}}
def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0
for u in likes:
    scores = sorted(((jaccard(likes[u], likes[v]), v) for v in likes if v != u), key=lambda t: (-t[0], t[1]))
    best_score, best = scores[0]
    rec = likes[best] - likes[u]
    print(u, best, round(best_score, 3), sorted(rec))
all_items = set().union(*likes.values())
common = set.intersection(*[s for s in likes.values() if len(s) > 1])
print(all_items, common, len(all_items))
popularity = {i: sum(i in s for s in likes.values()) for i in sorted(all_items)}
print(popularity)
a, b = likes["ann"], likes["ben"]
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, (a & b) <= a, a.isdisjoint(likes["dan"]))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 12}
print(c, a)
print(a.union([20], (21,)), a.intersection(range(3)), a.difference([1], [2]), a.symmetric_difference([5, 6]))
tags = {"py": {"fast", "easy", "typed?"}, "rs": {"fast", "safe", "typed"}}
print(sorted(tags["py"] & tags["rs"]), sorted(tags["py"] ^ tags["rs"]), sorted(tags["py"] | tags["rs"]))
fs = frozenset({3, 1, 2})
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, {fs: "key"}[frozenset([1, 2, 3])])
for bad in [lambda: a | [1], lambda: a < [1], lambda: {[1]}, lambda: a.remove(99), lambda: set().pop()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
