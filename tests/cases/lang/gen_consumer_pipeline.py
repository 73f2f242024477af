# Push-based pipelines of primed generator consumers (send), including close propagation.
def primed(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start
@primed
def sink(results):
    try:
        while True:
            item = yield
            results.append(item)
    finally:
        results.append("sink closed")
@primed
def mapper(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        target.close()
@primed
def filterer(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    finally:
        target.close()
@primed
def batcher(n, target):
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == n:
                target.send(tuple(batch))
                batch = []
    except GeneratorExit:
        if batch:
            target.send(tuple(batch))
        target.close()
        raise
out = []
pipe = filterer(lambda v: v % 2, mapper(lambda v: v * v, batcher(2, sink(out))))
for v in range(10):
    pipe.send(v)
pipe.close()
print(out)
@primed
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count
avg = averager()
print([avg.send(v) for v in [10, 20, 60]])
try:
    avg.send(None)
except StopIteration as e:
    print("final average", e.value)
def collector():
    results = {}
    while True:
        key = yield
        results[key] = yield from averager_sub()
        print("  collected", key, results[key])
def averager_sub():
    total = n = 0
    while True:
        v = yield
        if v is None:
            return total / n if n else 0
        total += v
        n += 1
c = collector()
next(c)
for key, values in [("a", [1, 2, 3]), ("b", [10])]:
    c.send(key)
    for v in values:
        c.send(v)
    c.send(None)
c.close()
