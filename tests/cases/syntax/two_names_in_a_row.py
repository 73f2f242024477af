# Syntax error: two names with nothing between them.
print("this line must not run")
first = 1
second = 2
first second
print(first + second)
