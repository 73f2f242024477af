# Frame objects via sys._getframe and tracebacks: f_lineno, f_code, f_globals, f_back, f_locals.
import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno
print(where())
def caller_name():
    return sys._getframe(1).f_code.co_name
def outer_function():
    return caller_name()
print(outer_function(), caller_name())
top = sys._getframe()
print(top.f_code.co_name, top.f_globals is globals(), top.f_back)
def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a():
    return b()
def b():
    return chain()
print(a())
def locals_of():
    x = 10
    y = "why"
    return sorted(sys._getframe().f_locals.items())
print(locals_of())
def line_of_caller():
    return sys._getframe(1).f_lineno
print("called at line", line_of_caller())
print("and at line", line_of_caller())
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
class K:
    name = sys._getframe().f_code.co_name
    def method(self):
        return sys._getframe().f_code.co_name, sys._getframe().f_code.co_qualname
print(K.name, K().method())
lam = lambda: sys._getframe().f_code.co_name
print(lam(), [sys._getframe().f_code.co_name for _ in range(1)])
def raiser():
    local_value = 42
    raise RuntimeError("x")
try:
    raiser()
except RuntimeError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(fr.f_code.co_name, fr.f_locals["local_value"], fr.f_globals is globals(), fr.f_back is sys._getframe())
code = where.__code__
print(code.co_name, code.co_argcount, code.co_firstlineno, code.co_filename.endswith("frame_objects.py"))
