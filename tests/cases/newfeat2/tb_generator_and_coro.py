# Tracebacks of exceptions raised inside generators, yield from chains and coroutines.
import sys
BASE = sys._getframe().f_lineno
def walk(tb):
    out = []
    while tb:
        out.append(f"{tb.tb_frame.f_code.co_name}@{tb.tb_lineno - BASE}")
        tb = tb.tb_next
    return out
def leaf():
    yield 1
    raise ValueError("leaf failed")
def middle():
    yield from leaf()
def top():
    yield from middle()
g = top()
next(g)
try:
    next(g)
except ValueError as e:
    print("next:", walk(e.__traceback__))
g = top()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("throw:", walk(e.__traceback__))
class Step:
    def __await__(self):
        yield
async def fetch():
    await Step()
    raise ConnectionError("reset")
async def handler():
    return await fetch()
c = handler()
c.send(None)
try:
    c.send(None)
except ConnectionError as e:
    print("coro:", walk(e.__traceback__))
def catching():
    try:
        yield
    except GeneratorExit:
        raise RuntimeError("cleanup failed")
g = catching()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", walk(e.__traceback__), type(e.__context__).__name__)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("stop:", e, walk(e.__traceback__), walk(e.__cause__.__traceback__))
