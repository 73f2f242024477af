# Traceback objects: tb_lineno, tb_next, tb_frame.f_code.co_name, with_traceback.
import sys
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    level1()
except ValueError as e:
    print(walk(e.__traceback__))
    print(e.__traceback__ is sys.exc_info()[2])
    print(type(e.__traceback__).__name__)
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno == tb.tb_frame.f_lineno or "frame moved")
try:
    try:
        level2()
    except ValueError as e:
        raise
except ValueError as e:
    print("reraise keeps:", walk(e.__traceback__))
def thrower():
    try:
        level3()
    except ValueError as e:
        raise e
try:
    thrower()
except ValueError as e:
    print("raise e:", walk(e.__traceback__))
e = RuntimeError("fresh")
print(e.__traceback__)
try:
    raise e
except RuntimeError:
    pass
print(walk(e.__traceback__))
e2 = KeyError("k").with_traceback(e.__traceback__)
print(walk(e2.__traceback__))
try:
    raise e2
except KeyError as x:
    print("raised with traceback:", walk(x.__traceback__))
try:
    e.with_traceback(5)
except TypeError as x:
    print(type(x).__name__, x)
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = "no"
except TypeError as x:
    print(type(x).__name__, x)
