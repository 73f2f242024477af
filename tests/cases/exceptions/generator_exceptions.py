# Exceptions thrown into and out of generators.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("injected")))
try:
    next(g)
except StopIteration:
    print("exhausted")
def failing():
    yield "a"
    raise RuntimeError("generator failed")
try:
    for x in failing():
        print("got", x)
except RuntimeError as e:
    print(type(e).__name__, e)
g2 = gen()
next(g2)
g2.close()
print("closed")
