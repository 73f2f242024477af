# Tracebacks on chained exceptions: __context__ and __cause__ keep their own tracebacks.
import sys
BASE = sys._getframe().f_lineno
def names(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - BASE))
        tb = tb.tb_next
    return out
def read_config(text):
    return dict(line.split("=") for line in text.splitlines())
def load(text):
    try:
        return read_config(text)
    except ValueError as e:
        raise RuntimeError("config invalid") from e
def start(text):
    return load(text)
try:
    start("a=1\nbroken")
except RuntimeError as e:
    print("outer:", names(e.__traceback__))
    print("cause:", type(e.__cause__).__name__, names(e.__cause__.__traceback__))
    print(e.__suppress_context__, e.__context__ is e.__cause__)
def cleanup_fails():
    try:
        [][0]
    finally:
        {}["k"]
try:
    cleanup_fails()
except KeyError as e:
    print("key:", names(e.__traceback__))
    print("ctx:", type(e.__context__).__name__, names(e.__context__.__traceback__))
def chain_of_three():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("second")
    except TypeError:
        raise AttributeError("third")
try:
    chain_of_three()
except AttributeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append((type(cur).__name__, names(cur.__traceback__)[-1]))
        cur = cur.__context__
    print(chain)
def from_none():
    try:
        {}["x"]
    except KeyError:
        raise LookupError("clean") from None
try:
    from_none()
except LookupError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
saved = None
try:
    raise ValueError("saved")
except ValueError as e:
    saved = e
print(len(names(saved.__traceback__)))
try:
    raise saved
except ValueError as e:
    print("re-raised at module level:", len(names(e.__traceback__)))
