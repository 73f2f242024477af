# What `except Exception`, `except BaseException` and a bare `except` catch.
def classify(exc):
    caught = []
    for kind in ("Exception", "BaseException", "bare"):
        try:
            try:
                raise exc
            except Exception:
                if kind != "Exception":
                    raise
                caught.append(kind)
        except BaseException:
            if kind == "BaseException" or kind == "bare":
                caught.append(kind)
    return caught
for exc in [ValueError(), KeyboardInterrupt(), SystemExit(0), GeneratorExit(), StopIteration(),
            BaseExceptionGroup("g", [KeyboardInterrupt()]), ExceptionGroup("g", [ValueError()])]:
    print(type(exc).__name__, classify(exc))
def bare(exc):
    try:
        raise exc
    except:
        import sys
        return type(sys.exc_info()[1]).__name__
print(bare(KeyboardInterrupt), bare(SystemExit(3)), bare(GeneratorExit))
class Custom(BaseException):
    pass
try:
    try:
        raise Custom("direct BaseException subclass")
    except Exception:
        print("wrong")
except BaseException as e:
    print("outer caught", type(e).__name__, e)
def loop_with_interrupt():
    done = []
    for i in range(5):
        try:
            if i == 3:
                raise KeyboardInterrupt
            done.append(i)
        except Exception:
            done.append("never")
        except KeyboardInterrupt:
            done.append("interrupted")
            break
    return done
print(loop_with_interrupt())
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit can be caught:", e.code)
