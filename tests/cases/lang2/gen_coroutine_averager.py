# Generator-based coroutines: priming decorator, running averages, sinks and broadcasting with send().
import functools
def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start
@coroutine
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("averager got", type(e).__name__, e)
            continue
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)
avg = averager()
print([avg.send(v) for v in [10, 20, 30, 40]])
print(avg.throw(ValueError("bad sample")))
print(avg.send(50))
try:
    avg.send(None)
except StopIteration as e:
    print("finished with", e.value)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def collector(name, out):
    try:
        while True:
            out.append((name, (yield)))
    finally:
        out.append((name, "closed"))
@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()
out = []
b = broadcast([grep("py", collector("py", out)), grep("rs", collector("rs", out)), collector("all", out)])
for line in ["molt.rs", "test.py", "README", "build.rs"]:
    b.send(line)
b.close()
print(out)
print(averager.__name__, avg.gi_frame, b.gi_running)
try:
    b.send("x")
except StopIteration as e:
    print("send after close:", type(e).__name__, e.value)
