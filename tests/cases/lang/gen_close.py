# close(): GeneratorExit delivery, finally blocks, yielding during close, and close on fresh/finished generators.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
g = with_finally()
next(g)
print(g.close())
print(next(g, "closed"))
g.close()
print("second close is fine")
def sees_exit():
    try:
        yield
    except GeneratorExit as e:
        print("  got", type(e).__name__, repr(e), isinstance(e, Exception))
        raise
g = sees_exit()
next(g)
g.close()
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def swallows():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowing, returning")
        return "ret"
g = swallows()
next(g)
print("close result:", g.close())
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e), type(e.__context__).__name__)
fresh = with_finally()
fresh.close()
print("fresh closed, finally did not run:", next(fresh, "nothing"))
def except_exception():
    try:
        yield
    except Exception:
        print("  not reached: GeneratorExit is not an Exception")
    finally:
        print("  finally")
g = except_exception()
next(g)
g.close()
def yields_in_finally():
    try:
        yield 1
    finally:
        yield "in finally"
g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("finally yield:", e)
print(g.gi_frame is None)
