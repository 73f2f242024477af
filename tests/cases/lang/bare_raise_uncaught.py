# A bare raise with no active exception ends the program with RuntimeError.
def f():
    try:
        raise ValueError("handled")
    except ValueError:
        print("handled")
    print("now raising")
    raise
f()
