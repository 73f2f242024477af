# Syntax error: a non-ASCII character in a bytes literal.
print("this line must not run")
data = b"café"
print(data)
