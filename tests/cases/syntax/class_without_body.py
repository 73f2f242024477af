# Syntax error: a class statement with no body.
print("this line must not run")
class Empty:
print("after the class")
