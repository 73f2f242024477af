# An uncaught exception with notes: the notes are printed after the message line.
def load():
    try:
        int("abc")
    except ValueError as e:
        e.add_note("while loading settings")
        e.add_note("line 7 of config")
        raise
print("start")
load()
