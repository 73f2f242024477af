# Syntax error: an extra closing parenthesis.
print("this line must not run")
values = [3, 1, 2]
total = (sum(values) + 1))
print(total)
