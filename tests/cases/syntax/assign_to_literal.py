# Syntax error: assigning to a literal, "1 = x".
print("this line must not run")
x = 5
y = x * 2
print(x, y)
1 = x
print(x)
z = y + 1
print(z)
print("end")
