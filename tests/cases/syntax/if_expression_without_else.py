# Syntax error: a conditional expression without 'else'.
print("this line must not run")
n = 12
label = "big" if n > 10
print(label)
