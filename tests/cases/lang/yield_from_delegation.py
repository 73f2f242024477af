# yield from delegates next/send/throw/close to the subgenerator and returns its return value.
def inner():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except KeyError as e:
                print("  inner handled", repr(e))
                x = 100
            if x is None:
                return total
            total += x
    finally:
        print("  inner finally")
def outer():
    r = yield from inner()
    print("  outer got", r)
    yield f"result {r}"
    return "outer done"
g = outer()
print(next(g), g.send(1), g.send(2), g.throw(KeyError("k")))
print(g.send(None))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)
g = outer()
next(g)
g.send(5)
g.close()
print("closed through delegation:", g.gi_frame is None)
g = outer()
next(g)
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated out:", repr(e))
def inner_ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  inner sees GeneratorExit")
        raise
def outer2():
    try:
        yield from inner_ignores_exit()
    except GeneratorExit:
        print("  outer sees GeneratorExit")
        raise
g = outer2()
next(g)
g.close()
def chain():
    a = yield from (x for x in range(3))
    b = yield from [10, 11]
    c = yield from "hi"
    return a, b, c
print(list(chain()))
def deep(n):
    if n == 0:
        v = yield "bottom"
        return f"sent {v}"
    r = yield from deep(n - 1)
    return r + f" <{n}>"
g = deep(3)
print(next(g))
try:
    g.send("X")
except StopIteration as e:
    print(e.value)
