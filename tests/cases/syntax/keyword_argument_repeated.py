# Syntax error: the same keyword argument twice.
print("this line must not run")
def show(**kw):
    print(kw)

show(a=1, b=2, a=3)
