# Syntax error: an augmented assignment used as a chain.
print("this line must not run")
x = 1
x += 1 = 2
print(x)
