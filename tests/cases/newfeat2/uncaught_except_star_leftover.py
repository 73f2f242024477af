# except* handles part of a group; the unhandled remainder is re-raised and ends the program.
def tasks(extra):
    raise ExceptionGroup("batch", [
        KeyError("user"),
        OSError("disk full"),
        KeyError("group"),
    ] + extra)
def handle(extra):
    try:
        tasks(extra)
    except* KeyError as eg:
        print("handled keys:", [str(e) for e in eg.exceptions])
    except* OSError as eg:
        print("handled os:", [str(e) for e in eg.exceptions])
    print("handled everything for", extra)
handle([])
try:
    handle([ZeroDivisionError("rate")])
except ExceptionGroup as rest:
    print("leftover:", repr(rest))
handle([ZeroDivisionError("rate"), TypeError("tz")])
print("not reached")
