# Comprehension scoping in realistic data code: iteration vars don't leak, walrus does, nested closures.
rows = [{"name": "ann", "dept": "eng", "sal": 100}, {"name": "bob", "dept": "ops", "sal": 80},
        {"name": "cy", "dept": "eng", "sal": 120}]
name = "outer name"
names = [name for name in (r["name"] for r in rows)]
print(names, name)
by_dept = {d: [r["name"] for r in rows if r["dept"] == d] for d in sorted({r["dept"] for r in rows})}
print(by_dept)
high = [top for r in rows if (top := r["sal"]) > 90]
print(high, top)
totals = {}
running = [totals.setdefault(r["dept"], 0) or totals.__setitem__(r["dept"], totals[r["dept"]] + r["sal"]) for r in rows]
print(totals)
funcs = [lambda: r["name"] for r in rows]
print([f() for f in funcs])
funcs = [(lambda r=r: r["name"]) for r in rows]
print([f() for f in funcs])
try:
    r
except NameError as e:
    print(type(e).__name__, e)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 2])
def scale(factor):
    return [v * factor for v in range(3)]
print(scale(10))
def make():
    y = 5
    return [lambda: y * i for i in range(3)]
print([f() for f in make()])
try:
    exec("[(j := j) for j in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
data = [3, 1, 2]
result = [max(data) for data in [[9, 8], [1]]]
print(result, data)
gen = (x * k for x in range(3))
k = 10
print(list(gen))
it = iter(range(3))
gen2 = (v for v in it)
print(next(gen2), list(it))
