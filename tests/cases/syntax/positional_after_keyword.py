# Syntax error: a positional argument after a keyword argument.
print("this line must not run")
def point(x, y, z=0):
    return (x, y, z)

print(point(x=1, 2))
