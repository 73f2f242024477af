# Syntax error: an unknown \\N{...} name in a string.
print("this line must not run")
arrow = "\N{RIGHTWARDS ARROW}"
bad = "\N{NOT A REAL NAME}"
print(arrow, bad)
