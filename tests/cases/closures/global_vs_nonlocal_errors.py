# Syntax-valid but runtime-interesting global/nonlocal uses.
x = "module"
def f():
    x = "f-local"
    def g():
        global x
        return x
    def h():
        nonlocal x
        x = "changed by h"
    before = g()
    h()
    return before, x, g()
print(f(), x)
def uses_global_later():
    global late_var
    late_var = [1]
    late_var.append(2)
uses_global_later()
print(late_var)
def delete_global():
    global late_var
    del late_var
delete_global()
try:
    print(late_var)
except NameError as e:
    print(type(e).__name__, e)
