# Syntax error: the same parameter name twice.
print("this line must not run")
def area(w, h, w):
    return w * h

print(area(2, 3, 4))
