# Automatic collections happen while a loop that calls nothing builds objects (not only
# at the next call): a callback sees the list part-built.
import gc

seen = []


def cb(phase, info):
    if phase == "start":
        seen.append(len(data))


data = []
gc.callbacks.append(cb)
for i in range(30000):
    data += [[i]]
gc.callbacks.remove(cb)
print(len(data), any(n < 30000 for n in seen))
squares = [[i * i] for i in range(20000)]
print(len(squares), squares[-1])

# A callback's own calls (and its own gc.collect()) start no nested collection.
inner = []


def cb2(phase, info):
    if phase == "start" and not inner:
        inner.append(gc.collect())


gc.callbacks.append(cb2)
gc.collect()
gc.callbacks.remove(cb2)
print(inner)
