# Syntax error: a dict key whose closing quote is missing.
print("this line must not run")
settings = {"name: "molt", "version": 1}
print(settings)
