# Syntax error: a literal as the target of a for loop.
print("this line must not run")
for 1 in range(3):
    print("loop")
