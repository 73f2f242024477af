# Generators and closures: late binding of free variables, state shared between generator instances.
def make_gens():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g())
    return gens
print([next(g) for g in make_gens()])
def make_gens_bound():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
        gens.append(g())
    return gens
print([next(g) for g in make_gens_bound()])
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def gen():
        while True:
            yield count
    return bump, gen()
bump, g = counter_gen()
print(next(g), end=" ")
bump(); bump()
print(next(g))
x = 10
def uses_global():
    while True:
        yield x
ug = uses_global()
print(next(ug), end=" ")
x = 20
print(next(ug))
def lazy_args(seq):
    for item in seq:
        yield item * factor
factor = 2
lg = lazy_args([1, 2])
factor = 100
print(list(lg))
def outer():
    vals = []
    def gen():
        for v in range(3):
            vals.append(v)
            yield v
    return vals, gen
vals, gen = outer()
a, b = gen(), gen()
next(a); next(b); next(a)
print(vals)
gens = [(lambda n: (n * k for k in range(3)))(n) for n in range(1, 3)]
print([list(g) for g in gens])
ge_list = [(i for _ in range(1)) for i in range(3)]
print([next(g) for g in ge_list])
