# IndentationError: an if statement with no indented body.
print("this line must not run")
x = 10
if x > 5:
print("big")
else:
    print("small")
y = 2
print(y)
print("end")
