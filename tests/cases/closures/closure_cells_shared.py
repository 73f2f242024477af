# Closures created in the same scope share cells.
def pair():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = pair()
print(g())
s(42)
print(g())
g2, s2 = pair()
print(g2(), g())
def loop_closures():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = "after"
    return [f() for f in fns]
print(loop_closures())
def param_cell(x):
    def show():
        return x
    x = x * 2
    return show
print(param_cell(5)())
