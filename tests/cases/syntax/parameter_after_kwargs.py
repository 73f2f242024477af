# Syntax error: a parameter after **kwargs.
print("this line must not run")
def configure(**options, verbose):
    return options

print(configure(a=1))
