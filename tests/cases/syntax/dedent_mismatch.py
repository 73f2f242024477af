# IndentationError: a dedent that matches no outer indentation level.
print("this line must not run")
def f(x):
    if x:
        y = 1
      z = 2
    return x
print(f(1))
print("end")
print("after the error")
