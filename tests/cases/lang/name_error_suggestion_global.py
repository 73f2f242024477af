# "Did you mean" also covers module globals and builtins.
maximum_width = 80
print(maximum_width)
print(maximum_widht)
