# Closing a generator pipeline early: finally blocks run innermost-last, GeneratorExit handling rules.
events = []
def source(n):
    try:
        for i in range(n):
            events.append(f"src yields {i}")
            yield i
    finally:
        events.append("src cleanup")
def double(it):
    try:
        for x in it:
            yield x * 2
    finally:
        events.append("double cleanup")
        it.close()
def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            break
        yield x
    it.close()
print(list(take(double(source(10)), 3)))
print(events)
events.clear()
g = double(source(5))
print(next(g), next(g))
g.close()
print(events, g.gi_frame)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        events.append("swallowed exit")
        return "ignored return"
w = swallow()
next(w)
print(w.close(), events[-1])
def reraise_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")
r = reraise_other()
next(r)
try:
    r.close()
except ValueError as e:
    print(type(e).__name__, e)
unstarted = source(3)
unstarted.close()
print(events[-1], list(unstarted))
def with_cm():
    class CM:
        def __enter__(self):
            events.append("enter")
        def __exit__(self, *a):
            events.append(f"exit {a[0].__name__}")
    with CM():
        yield "inside"
c = with_cm()
next(c)
c.close()
print(events[-2:])
