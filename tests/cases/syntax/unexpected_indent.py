# IndentationError: a line indented for no reason.
print("this line must not run")
x = 1
y = 2
print(x)
    print(y)
z = 3
print(z)
print("end")
print("really the end")
