# Closing generators runs finally blocks.
def resource():
    print("  acquire")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("  release")
for v in resource():
    print("loop", v)
    if v == 2:
        break
print("after break")
g = resource()
print(next(g))
g.close()
print("closed, next gives:", next(g, "exhausted"))
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("  GeneratorExit at", n)
        raise
c = counter()
print(next(c), next(c), next(c))
c.close()
print("done")
