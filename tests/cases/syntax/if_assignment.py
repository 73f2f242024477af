# Syntax error: '=' instead of '==' in an if condition.
print("this line must not run")
x = 3
if x = 3:
    print("three")
