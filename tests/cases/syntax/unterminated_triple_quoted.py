# Syntax error: a triple-quoted string that never ends.
print("this line must not run")
def doc():
    """Return the answer.

    The docstring below never closes.
    return 42

print(doc())
print("end")
