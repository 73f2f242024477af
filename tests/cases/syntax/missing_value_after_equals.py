# Syntax error: an assignment with nothing on the right.
print("this line must not run")
x = 
print(x)
