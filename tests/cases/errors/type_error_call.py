# Calling a function with a missing argument.
def area(w, h):
    return w * h
def report(shapes):
    for w, h in shapes:
        print(w, "x", h, "=", area(w, h))
report([(3, 4), (5, 6), (0, 9)])
print(area(2, h=7))
print(area(5))
print("unreachable")
