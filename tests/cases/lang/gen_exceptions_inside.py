# try/except/finally around yields; generators that recover from thrown errors.
def resilient():
    results = []
    for i in range(4):
        try:
            value = yield i
            results.append(value)
        except ValueError as e:
            results.append(f"err:{e}")
        finally:
            results.append(f"f{i}")
    return results
g = resilient()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("bad")))
print(g.send("c"))
try:
    g.send("d")
except StopIteration as e:
    print(e.value)
def yield_in_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        yield repr(e)
        yield "still in handler"
    yield "after handler"
print(list(yield_in_except()))
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "finally 1"
        yield "finally 2"
print(list(yield_in_finally()))
def error_after_yield():
    yield 1
    yield 1 / 0
g = error_after_yield()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g, "dead after error"))
def gen_with():
    class CM:
        def __enter__(self):
            print("  enter")
        def __exit__(self, *a):
            print("  exit", a[0].__name__ if a[0] else None)
            return True
    with CM():
        yield "in with"
        raise ValueError("suppressed")
    yield "after with"
g = gen_with()
print(list(g))
g = gen_with()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("with suppressed GeneratorExit:", e)
def loop_else():
    for i in range(2):
        try:
            yield i
        except StopIteration:
            yield "never"
    else:
        yield "else"
print(list(loop_else()))
