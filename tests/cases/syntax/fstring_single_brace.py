# Syntax error: a single '}' in an f-string.
print("this line must not run")
width = 10
print(f"width is {width}}")
