# Syntax error: 'else' with no matching 'if'.
print("this line must not run")
x = 1
print(x)
else:
    print("no")
