# Syntax error: a bracket closed with the wrong kind.
print("this line must not run")
data = {"a": 1, "b": 2}
keys = [k for k in data)
print(keys)
