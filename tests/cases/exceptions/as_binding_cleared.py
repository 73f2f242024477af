# The 'as' name is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
s = f()
print(type(s).__name__, s, s.args)
try:
    raise KeyError("k")
except KeyError as ke:
    kept = ke
print(repr(kept))
