# Syntax error: an attribute used as a keyword argument name.
print("this line must not run")
def f(**kw):
    return kw
class O:
    a = 1
print(f(O.a=2))
