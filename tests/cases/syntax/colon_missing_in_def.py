# Syntax error: a function definition missing its colon.
print("this line must not run")
def double(n)
    return n * 2

print(double(2))
