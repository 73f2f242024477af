# Syntax error: a dictionary key with no value.
print("this line must not run")
limits = {"low": 1, "high": }
print(limits)
