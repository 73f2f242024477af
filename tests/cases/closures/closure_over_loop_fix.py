# Several ways to capture the current loop value.
out = []
for i in range(3):
    def f(j=i):
        return j
    out.append(f)
print([f() for f in out])
def maker(k):
    def f():
        return k * k
    return f
print([maker(k)() for k in range(5)])
fns = [(lambda k: (lambda: k + 100))(k) for k in range(3)]
print([f() for f in fns])
gens = [(x for _ in range(1)) for x in range(3)]
print([next(g) for g in gens])
late = [lambda: x for x in "abc"]
print([f() for f in late])
