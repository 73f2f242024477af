# When generator expressions evaluate their parts: first iterable eagerly, conditions lazily.
log = []
def src(name, n):
    log.append(f"create {name}")
    for i in range(n):
        log.append(f"{name} yields {i}")
        yield i
def cond(x):
    log.append(f"cond {x}")
    return x % 2 == 0
g = (x * 10 for x in src("outer", 3) if cond(x))
log.append("genexp created")
print(log)
log.clear()
print(next(g), log)
log.clear()
print(list(g), log)
log.clear()
g2 = ((a, b) for a in src("A", 2) for b in src("B", 2))
log.append("nested created")
print(log)
print(list(g2))
print(log)
try:
    g3 = (x for x in 42)
except TypeError as e:
    print("eager failure:", type(e).__name__, e)
g4 = (x for x in [1] for y in 42)
print("lazy inner iterable created fine")
try:
    list(g4)
except TypeError as e:
    print("lazy failure:", type(e).__name__, e)
data = [1, 2, 3]
g5 = (x for x in data)
data = [7, 8]
print(list(g5))
data = [1, 2, 3]
g6 = (x for x in data)
data.append(4)
print(list(g6))
print(sum(x * x for x in range(5)), max((len(w), w) for w in ["aa", "b", "cc"]), any(x > 3 for x in range(100)))
g7 = (i for i in range(3))
print(list(zip(g7, g7)), list(g7))
it = iter(range(10))
print(list(x for x in it if x > 5), list(it))
