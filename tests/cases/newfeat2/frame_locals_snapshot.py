# f_locals contents for functions, closures, class bodies and module level; snapshot vs live.
import sys
def snapshot():
    a = 1
    f = sys._getframe()
    first = dict(f.f_locals)
    b = 2
    second = dict(f.f_locals)
    return sorted(first), sorted(second)
print(snapshot())
def with_args(x, y=5, *rest, flag=False, **kw):
    return sorted(sys._getframe().f_locals.items())
print(with_args(1, 2, 3, 4, flag=True, extra="e"))
def outer():
    captured = "cap"
    unused_outer = 0
    def inner():
        local = captured + "!"
        return sorted(sys._getframe().f_locals)
    return inner()
print(outer())
def caller_locals():
    return {k: v for k, v in sys._getframe(1).f_locals.items() if not k.startswith("_")}
def user():
    name, count = "widget", 3
    return caller_locals()
print(user())
class Config:
    debug = True
    level = 3
    seen = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
    qual = sys._getframe().f_locals["__qualname__"]
print(Config.seen, Config.qual)
print(sys._getframe().f_locals is globals(), "Config" in sys._getframe().f_locals)
def unbound_later():
    before = sorted(sys._getframe().f_locals)
    z = 1
    del z
    after = sorted(sys._getframe().f_locals)
    return before, after
print(unbound_later())
def modify_attempt():
    v = 1
    sys._getframe().f_locals["v"] = 99
    return v
print(modify_attempt())
def in_comprehension():
    outer_var = 10
    return [sorted(sys._getframe().f_locals) for _ in range(1)][0]
print(in_comprehension())
def in_genexpr():
    outer_var = 10
    return next(sorted(sys._getframe().f_locals) for _ in range(1))
print(in_genexpr())
def in_lambda():
    k = 1
    f = lambda q: sorted(sys._getframe().f_locals)
    return f(0)
print(in_lambda())
