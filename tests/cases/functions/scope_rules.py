# LEGB name resolution.
x = "global x"
def f():
    return x
def g():
    x = "local x"
    return x
def h():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def shadow_builtin():
    len = lambda s: "fake len"
    return len("abc")
print(shadow_builtin(), len("abc"))
def uses_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
    return x
print(uses_before_assign())
def deleted():
    y = 1
    del y
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted())
