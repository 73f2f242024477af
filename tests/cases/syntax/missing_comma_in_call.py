# Syntax error: a missing comma between call arguments.
print("this line must not run")
def total(*xs):
    return sum(xs)

print(total(1, 2, 3))
result = total(1, 2 3)
print(result)
