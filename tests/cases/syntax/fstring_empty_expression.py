# Syntax error: an empty expression in an f-string.
print("this line must not run")
name = "molt"
print(f"hello {}", name)
