# Syntax error: 'continue' outside a loop.
print("this line must not run")
count = 0
def step():
    global count
    count += 1
    continue
step()
print(count)
