# send() and throw() passing through `yield from` into an inner generator, and close() propagation.
log = []
def inner():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except KeyError as e:
                log.append(f"inner handled KeyError {e}")
                x = 0
            if x is None:
                return total
            total += x
    finally:
        log.append("inner finally")
def outer():
    result = yield from inner()
    log.append(f"inner returned {result}")
    extra = yield "outer-after"
    return ("done", result, extra)
g = outer()
print(next(g), g.send(5), g.send(7))
print(g.throw(KeyError("k")))
print(g.send(3))
print(g.send(None))
try:
    g.send("final")
except StopIteration as e:
    print("stop", e.value)
print(log)
log.clear()
g2 = outer()
next(g2)
g2.send(1)
try:
    g2.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", type(e).__name__, e)
print(log, g2.gi_frame is None)
log.clear()
g3 = outer()
next(g3)
g3.close()
print(log)
class Sub:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i * 100)
        return self.i
def deleg():
    r = yield from Sub()
    yield ("returned", r)
d = deleg()
print(list(d))
d = deleg()
next(d)
try:
    d.send(5)
except AttributeError as e:
    print(type(e).__name__, e)
