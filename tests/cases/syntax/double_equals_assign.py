# Syntax error: "x = = 1". Nothing is printed because the file never compiles.
print("this line must not run")
a = 1
b = 2
print(a + b)
x = = 1
print(x)
c = 3
print(c)
print("end")
