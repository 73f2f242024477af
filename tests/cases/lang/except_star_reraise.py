# Raising inside except*: bare raise keeps the original group shape, new errors are grouped with the rest.
def shape(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(shape(x) for x in e.exceptions)}])"
    return f"{type(e).__name__}({e})"
def run(label, body):
    try:
        body()
    except BaseException as e:
        print(label, "->", shape(e))
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                if x.__context__ is not None:
                    print("    context of", shape(x), "is", shape(x.__context__))
    else:
        print(label, "-> nothing")
def bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
run("bare raise", bare)
def new_error():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
run("new error", new_error)
def both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("rt")
run("both", both)
def raise_bound():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        raise g
run("raise bound group", raise_bound)
def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run("naked bare", naked_reraise)
def from_none():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("k") from None
run("from None", from_none)
def nested_groups():
    try:
        raise ExceptionGroup("top", [ExceptionGroup("mid", [ValueError(1), TypeError(2)]), ValueError(3)])
    except* ValueError:
        raise
run("nested bare", nested_groups)
