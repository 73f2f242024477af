# Syntax error: 'yield' at module level.
print("this line must not run")
values = []
for i in range(3):
    yield i
print(values)
