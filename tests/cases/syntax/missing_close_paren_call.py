# Syntax error: a call whose closing parenthesis is missing before the next line.
print("this line must not run")
def add(a, b):
    return a + b

x = add(1, 2
y = add(3, 4)
print(x, y)
