# Comprehension variables don't leak; outer names are visible.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
total = 0
vals = [total + i for i in range(3)]
print(vals, total)
def f():
    k = 10
    return [k + i for i in range(3)]
print(f())
try:
    [leaky for leaky in range(3)]
    print(leaky)
except NameError as e:
    print(type(e).__name__, e)
n = 5
print([n for n in range(n)])
print(n)
class C:
    base = 100
    items = [i for i in range(3)]
print(C.items)
