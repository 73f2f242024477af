# Syntax error: 'break' outside a loop.
print("this line must not run")
def find(xs, target):
    for x in xs:
        if x == target:
            return True
    return False

if find([1, 2, 3], 2):
    break
print("done")
