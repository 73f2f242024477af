# Syntax error: a trailing comma in 'from ... import'.
print("this line must not run")
from os import path, sep,
print(sep)
