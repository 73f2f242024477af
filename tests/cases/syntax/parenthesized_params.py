# Syntax error: Python 2 tuple parameters.
print("this line must not run")
def dist((x1, y1), (x2, y2)):
    return abs(x1 - x2) + abs(y1 - y2)
