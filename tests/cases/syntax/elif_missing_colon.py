# Syntax error: an elif missing its colon.
print("this line must not run")
x = 5
if x > 10:
    print("big")
elif x > 3
    print("medium")
