# Syntax error: a starred expression as a plain value.
print("this line must not run")
rest = [2, 3]
x = *rest
print(x)
