# Syntax error: a name that starts with a digit.
print("this line must not run")
first = 1
2nd = 2
print(first)
