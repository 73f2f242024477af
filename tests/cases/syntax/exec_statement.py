# Syntax error: Python 2 exec statement.
print("this line must not run")
code = "x = 1"
exec code
print(x)
