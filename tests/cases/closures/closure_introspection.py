# Inspecting closure cells.
def outer(a, b):
    c = a + b
    def inner(d):
        return a * c + d
    return inner
fn = outer(2, 3)
print(fn(1), fn.__code__.co_freevars, [cell.cell_contents for cell in fn.__closure__])
def no_free():
    return 1
print(no_free.__closure__, no_free.__code__.co_freevars)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents, c())
