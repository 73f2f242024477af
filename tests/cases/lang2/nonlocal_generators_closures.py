# nonlocal and closures interacting with generators: shared state across generator instances.
def make_id_source(prefix):
    next_id = 0
    issued = []
    def ids():
        nonlocal next_id
        while True:
            next_id += 1
            issued.append(next_id)
            yield f"{prefix}{next_id}"
    def peek():
        return next_id
    return ids, peek, issued
ids, peek, issued = make_id_source("u")
g1, g2 = ids(), ids()
print(next(g1), next(g2), next(g1), peek(), issued)
def paginate(items, size):
    page = 0
    def pages():
        nonlocal page
        while page * size < len(items):
            yield items[page * size:(page + 1) * size]
            page += 1
    def current():
        return page
    return pages(), current
p, cur = paginate(list(range(7)), 3)
print(cur(), next(p), cur(), next(p), cur(), list(p), cur())
def accumulate_into():
    total = 0
    def consumer():
        nonlocal total
        while True:
            x = yield total
            total += x
    c = consumer()
    next(c)
    return c, lambda: total
c, read = accumulate_into()
print(c.send(5), c.send(10), read())
def gen_with_closure():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
        yield [f() for f in fns]
print(list(gen_with_closure()))
def outer():
    x = 0
    def g():
        nonlocal x
        for _ in range(3):
            x += 1
            yield x
    gen = g()
    first = next(gen)
    x = 100
    return first, next(gen), next(gen), x
print(outer())
