# sorted/min/max with key, default and multiple args in a leaderboard.
players = {"zoe": [88, 92, 79], "adam": [95, 60], "mia": [], "li": [70, 70, 70], "bob": [92, 88, 79]}
avg = {p: (sum(s) / len(s) if s else None) for p, s in players.items()}
print(avg)
ranked = sorted((p for p in avg if avg[p] is not None), key=lambda p: (-avg[p], p))
print(ranked)
print(max(players, key=lambda p: max(players[p], default=-1)), min(players, key=lambda p: len(players[p])))
print([max(s, default="n/a") for s in players.values()], [min(s, default=None) for s in players.values()])
print(max(3, 7, 5), min("pear", "apple", "fig"), max("pear", "apple", "fig", key=len), min([4, 2], [4, 1, 9]), max((1, "b"), (1, "a")))
print(max([1, 5, 5, 2], key=lambda x: x), max([(5, "first"), (5, "second")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -(x % 4)), max("héllo"), min(b"hello"), max({3: 1, 9: 0}))
print(sorted(players.items(), key=lambda kv: len(kv[1]))[0], sorted(players, reverse=True), sorted(players, key=len))
for bad in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]),
            lambda: max([], key=len), lambda: sorted([3, 1], lambda x: x), lambda: max(), lambda: min(1, 2, key=None, foo=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(max([], default=None), min("", default="empty"), max([2, 1], key=None), sorted([3, 1, 2], key=None, reverse=False))
print(max(float("nan"), 1), max(1, float("nan")), min([0.0, -0.0]), min([-0.0, 0.0]), max([True, 1]), max([1, True]))
