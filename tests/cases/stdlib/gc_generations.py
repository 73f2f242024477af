# gc.collect(generation) reports the generation to gc.callbacks, get_stats counts each
# generation's collections, and a callback that uses module globals is not run by the
# interpreter's last collection at exit (those globals are None by then).
import gc

seen = []
totals = {0: 0, 1: 0, 2: 0}


def cb(phase, info):
    seen.append((phase, info["generation"]))
    totals[info["generation"]] += 1


before = [s["collections"] for s in gc.get_stats()]
gc.callbacks.append(cb)
for g in (0, 1, 2):
    gc.collect(g)
print(seen)
after = [s["collections"] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) and c >= 0 for c in count))


class Node:
    def __init__(self):
        self.other = None


# A cycle that outlives a young collection, then becomes garbage.
a, b = Node(), Node()
a.other, b.other = b, a
gc.collect(0)
del a, b
print(gc.collect(1) >= 2)
print(sorted(totals.items()))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
