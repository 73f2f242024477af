# Syntax error: 'else if' instead of 'elif'.
print("this line must not run")
x = 7
if x < 5:
    print("small")
else if x < 10:
    print("medium")
else:
    print("large")
