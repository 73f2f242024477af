# except* with several clauses: each runs at most once, leftovers propagate, naked exceptions get wrapped.
def run(exc):
    log = []
    try:
        try:
            raise exc
        except* ValueError as g:
            log.append(("V", type(g).__name__, [str(x) for x in g.exceptions]))
        except* (TypeError, KeyError) as g:
            log.append(("TK", [type(x).__name__ for x in g.exceptions]))
        except* LookupError as g:
            log.append(("L", [type(x).__name__ for x in g.exceptions]))
        else:
            log.append("else")
        finally:
            log.append("finally")
    except BaseException as rest:
        log.append(("rest", type(rest).__name__, repr(rest)))
    print(log)
run(ValueError("naked"))
run(KeyError("naked k"))
run(IndexError("idx"))
run(OSError("os"))
run(ExceptionGroup("g", [ValueError("a"), ValueError("b"), KeyError("c"), IndexError("d"), OSError("e")]))
run(ExceptionGroup("g", [ExceptionGroup("n", [ValueError("deep")]), TypeError("t")]))
run(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError("v")]))
try:
    try:
        raise ValueError("solo")
    except* ValueError as g:
        print("naked wrapped:", repr(g), g.exceptions[0].__traceback__ is not None)
except Exception as e:
    print("unexpected", e)
def nothing_raised():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else ran")
nothing_raised()
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as g:
        pass
    print("binding after except*:", "g" in dir())
except NameError as e:
    print(e)
