# Syntax error: an f-string replacement field never closed.
print("this line must not run")
name = "molt"
print(f"Hello {name")
