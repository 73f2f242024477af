# Syntax error: a parenthesis that is never closed.
print("this line must not run")
values = [1, 2, 3]
total = sum(values)
print(total)
result = max(values, key=lambda v: (v % 2, v)
print(result)
x = 1
y = 2
print("after the error")
