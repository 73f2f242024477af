# Syntax error: 'nonlocal' at module level.
print("this line must not run")
counter = 0
nonlocal counter
counter += 1
print(counter)
