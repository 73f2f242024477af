# Bare raise, raising classes vs instances.
def check(x):
    if x < 0:
        raise ValueError
    if x == 0:
        raise ValueError("zero not allowed")
    return x
for v in [-1, 0, 1]:
    try:
        print(check(v))
    except ValueError as e:
        print("caught", repr(e), e.args)
def wrapper():
    try:
        check(0)
    except ValueError:
        print("logging, then re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    print("outer got", e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
