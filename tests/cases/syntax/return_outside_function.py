# Syntax error: 'return' at module level.
print("this line must not run")
def f():
    return 1
x = f()
print(x)
return x
print("end")
print("really the end")
print("after the error")
