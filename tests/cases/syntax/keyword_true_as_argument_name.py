# Syntax error: 'True' used as a keyword argument name.
print("this line must not run")
def f(**kw):
    return kw
print(f(True=1))
