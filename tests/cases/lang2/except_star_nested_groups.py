# except* over nested exception groups: splitting, re-raising unhandled parts, and raising new errors.
def tasks_failed():
    return ExceptionGroup("all tasks", [
        ValueError("bad input"),
        ExceptionGroup("io", [OSError("disk full"), FileNotFoundError("cfg.ini"), ValueError("bad header")]),
        TypeError("wrong type"),
    ])
def describe(eg, indent=0):
    pad = " " * indent
    lines = [f"{pad}{type(eg).__name__}: {eg.message if isinstance(eg, BaseExceptionGroup) else eg}"]
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            lines.extend(describe(sub, indent + 2))
    return lines
try:
    try:
        raise tasks_failed()
    except* ValueError as eg:
        print("ValueErrors:")
        print("\n".join(describe(eg, 2)))
    except* OSError as eg:
        print("OSErrors:")
        print("\n".join(describe(eg, 2)))
except* TypeError as eg:
    print("escaped to outer:", "\n".join(describe(eg)))
try:
    try:
        raise tasks_failed()
    except* FileNotFoundError:
        raise RuntimeError("replacement for missing file")
except* RuntimeError as eg:
    print("outer got RuntimeError group:", [str(e) for e in eg.exceptions])
    print("its context:", type(eg.exceptions[0].__context__).__name__)
except* Exception as eg:
    print("rest:", "\n".join(describe(eg)))
try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked wrapped:", type(eg).__name__, eg.exceptions)
        raise
except ExceptionGroup as eg:
    print("re-raised as group?", type(eg).__name__, [type(e).__name__ for e in eg.exceptions])
except ValueError as e:
    print("re-raised naked:", type(e).__name__, e)
try:
    try:
        raise ExceptionGroup("eg", [KeyError("a"), KeyError("b")])
    except* KeyError as eg:
        raise eg.exceptions[0]
except ExceptionGroup as outer:
    print("raise from inside except*:", outer.message, [repr(e) for e in outer.exceptions])
except KeyError as ke:
    print("plain KeyError:", ke)
eg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v")])
print(type(eg).__name__, type(BaseExceptionGroup("ok", [ValueError()])).__name__)
try:
    raise eg
except* KeyboardInterrupt:
    print("handled KeyboardInterrupt")
except* ValueError as g:
    print("handled", g.exceptions)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
