# UnboundLocalError and NameError in functions.
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    try:
        y
    except NameError as e:
        return str(e)
print(g())
def h():
    del z
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def k():
    for _ in range(0):
        loopvar = 1
    return loopvar
try:
    k()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(isinstance(UnboundLocalError(), NameError))
