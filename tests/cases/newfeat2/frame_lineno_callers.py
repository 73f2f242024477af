# f_lineno of the current and calling frames, including calls spread over several lines.
import sys
def here():
    return sys._getframe(1).f_lineno
def rel(n):
    return n - START
START = sys._getframe().f_lineno
print(rel(here()))
x = (
    here()
)
print(rel(x))
y = [1,
     2,
     here()]
print(rel(y[2]))
def f():
    a = here()
    b = here(); c = here()
    return rel(a), rel(b), rel(c)
print(f())
def loop_lines():
    out = []
    for i in range(3):
        out.append(rel(here()))
    return out
print(loop_lines())
def track():
    fr = sys._getframe()
    lines = [rel(fr.f_lineno)]
    lines.append(rel(fr.f_lineno))
    if True:
        lines.append(rel(fr.f_lineno))
    return lines
print(track())
def gen():
    yield rel(sys._getframe().f_lineno)
    yield rel(sys._getframe().f_lineno)
g = gen()
print(rel(g.gi_frame.f_lineno), next(g), rel(g.gi_frame.f_lineno), next(g), rel(g.gi_frame.f_lineno))
print(rel(gen.__code__.co_firstlineno), rel(here.__code__.co_firstlineno))
def decorated_marker(fn):
    fn.marked_at = rel(sys._getframe(1).f_lineno)
    return fn
@decorated_marker
def target():
    pass
print(target.marked_at, rel(target.__code__.co_firstlineno))
class Where:
    line = rel(sys._getframe().f_lineno)
    def method(self):
        return rel(sys._getframe().f_lineno)
print(Where.line, Where().method())
try:
    raise ValueError
except ValueError as e:
    print("tb line:", rel(e.__traceback__.tb_lineno))
