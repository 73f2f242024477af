# Syntax error: an if statement missing its colon.
print("this line must not run")
x = 4
y = 5
if x < y
    print("less")
z = x + y
print(z)
print("end")
print("really the end")
