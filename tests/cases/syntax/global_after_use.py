# Syntax error: a name used before its global declaration.
print("this line must not run")
total = 0
def add(n):
    print(total)
    global total
    total += n
add(1)
