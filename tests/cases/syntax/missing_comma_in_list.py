# Syntax error: a missing comma inside a list display.
print("this line must not run")
colors = [
    "red",
    "green"
    "blue",
    yellow
]
print(colors)
