# Syntax error: an unknown conversion in an f-string.
print("this line must not run")
value = 3.5
print(f"{value!x}")
