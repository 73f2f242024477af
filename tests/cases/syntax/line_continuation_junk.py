# Syntax error: a character after the line-continuation backslash.
print("this line must not run")
total = 1 + \ 2
print(total)
