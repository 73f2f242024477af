# Syntax error: augmented assignment to a tuple.
print("this line must not run")
a, b = 1, 2
(a, b) += (1, 1)
print(a, b)
