# add_note and __notes__ (3.11+).
try:
    try:
        int("bad")
    except ValueError as e:
        e.add_note("while parsing config")
        e.add_note("line 3")
        raise
except ValueError as e:
    print(e, e.__notes__)
e2 = KeyError("x")
print(hasattr(e2, "__notes__"))
e2.add_note("note")
print(e2.__notes__)
try:
    e2.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
