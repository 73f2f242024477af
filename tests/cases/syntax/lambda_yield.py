# Syntax error: 'yield' in a lambda body.
print("this line must not run")
double = lambda x: x * 2
gen = lambda: yield
print(double(3))
