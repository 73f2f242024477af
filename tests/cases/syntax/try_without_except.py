# Syntax error: a try block with neither except nor finally.
print("this line must not run")
try:
    value = int("12")
print(value)
