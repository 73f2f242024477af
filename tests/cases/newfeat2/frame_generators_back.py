# Frames of generators: gi_frame lifecycle, f_back follows whoever resumes the generator.
import sys
def who_resumed():
    f = sys._getframe(1).f_back
    return f.f_code.co_name if f else None
def worker():
    yield who_resumed()
    yield who_resumed()
    yield sys._getframe().f_back.f_code.co_name
def first_driver(g):
    return next(g)
def second_driver(g):
    return g.send(None)
def third_driver(g):
    for v in g:
        return v
g = worker()
print(g.gi_frame.f_code.co_name, g.gi_frame.f_back, g.gi_running)
print(first_driver(g), second_driver(g), third_driver(g))
print(g.gi_frame is not None, g.gi_frame.f_back)
print(list(g), g.gi_frame)
def running_check():
    yield me.gi_running
    yield me.gi_frame is sys._getframe()
me = running_check()
print(list(me))
def delegate():
    r = yield from sub()
    yield r
def sub():
    yield sys._getframe().f_back.f_code.co_name
    return "sub-done"
d = delegate()
print(next(d), d.gi_yieldfrom.__name__, next(d), d.gi_yieldfrom)
def gen_locals():
    total = 0
    for i in range(3):
        total += i
        yield
g = gen_locals()
next(g); next(g)
print(sorted(g.gi_frame.f_locals.items()))
g.close()
print(g.gi_frame, g.gi_running)
def gen_with_finally():
    try:
        yield 1
    finally:
        print("finally sees back:", sys._getframe().f_back.f_code.co_name)
def closer():
    g = gen_with_finally()
    next(g)
    g.close()
closer()
def gexpr_frame():
    ge = (sys._getframe().f_code.co_name for _ in range(1))
    return ge.gi_code.co_name, next(ge), ge.gi_frame.f_back
print(gexpr_frame())
