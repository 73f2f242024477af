# Syntax error: an f-string with no closing quote.
print("this line must not run")
n = 4
msg = f"total: {n}
print(msg)
