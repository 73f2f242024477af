# Syntax error: a for loop with no indented body.
print("this line must not run")
total = 0
for i in range(3):
total += i
print(total)
