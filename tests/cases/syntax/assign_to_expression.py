# Syntax error: assigning to an arithmetic expression.
print("this line must not run")
a = 1
a + 1 = 2
print(a)
