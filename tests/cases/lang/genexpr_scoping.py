# Generator expressions: the first iterable is evaluated immediately, the rest lazily.
def log(name, value):
    print("  evaluating", name)
    return value
g = (x * y for x in log("outer", [1, 2]) for y in log("inner", [10, 20]))
print("created")
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("eager error:", e)
g3 = (x for x in [1] for y in 5)
print("lazy second iterable, created fine")
try:
    list(g3)
except TypeError as e:
    print("lazy error:", e)
g4 = (undefined_name for x in [])
print("body not evaluated:", list(g4))
try:
    g5 = (x for x in undefined_iter)
except NameError as e:
    print("eager NameError:", e)
x = "global x"
g6 = (x for x in "ab")
print(list(g6), x)
items = [1, 2, 3]
g7 = (i for i in items)
items = [4, 5]
print("first iterable bound early:", list(g7))
limit = 2
g8 = (i for i in range(5) if i < limit)
limit = 4
print("condition looked up late:", list(g8))
class C:
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
    try:
        bad = list(v for v in range(2) if v in values)
    except NameError as e:
        error = str(e)
print(C.doubled, C.error)
print(sum(i * i for i in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(list((yield_ := i) for i in range(3)), yield_)
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
print(type(i for i in []).__name__)
try:
    compile_me = eval("(x for x in [1], 2)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(sorted(c for c in "hello"), "".join(c.upper() for c in "abc"))
