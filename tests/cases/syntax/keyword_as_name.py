# Syntax error: a keyword used as a variable name.
print("this line must not run")
total = 0
class = "first"
print(class, total)
