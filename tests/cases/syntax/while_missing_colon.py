# Syntax error: a while statement missing its colon.
print("this line must not run")
n = 3
while n > 0
    n -= 1
print(n)
