# Default arguments bind early; free variables bind late.
fns_late = []
fns_early = []
for i in range(3):
    fns_late.append(lambda: i)
    fns_early.append(lambda i=i: i)
print([f() for f in fns_late], [f() for f in fns_early])
x = "global"
def read_x():
    return x
def default_x(v=x):
    return v
x = "changed"
print(read_x(), default_x())
def outer():
    y = 1
    f = lambda: y
    y = 2
    return f()
print(outer())
