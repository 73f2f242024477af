# Syntax error: a list display never closed, the error shown at its start.
print("this line must not run")
numbers = [1, 2, 3,
           4, 5, 6
total = sum(numbers)
print(total)
