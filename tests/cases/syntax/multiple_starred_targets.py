# Syntax error: two starred targets in one assignment.
print("this line must not run")
values = [1, 2, 3, 4]
*head, *tail = values
print(head, tail)
