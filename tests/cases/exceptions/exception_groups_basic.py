# ExceptionGroup and except* (3.11+).
try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("group", [KeyError("a"), IndexError("b")])
print(eg, len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
match, rest = eg.split(KeyError)
print(match.exceptions, rest.exceptions)
try:
    try:
        raise ExceptionGroup("outer", [ValueError("x"), OSError("y")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as remaining:
    print("unhandled:", [type(e).__name__ for e in remaining.exceptions])
