# PEP 614: any expression can be a decorator; evaluation and application order.
log = []
def deco(name):
    log.append(f"evaluate {name}")
    def apply(f):
        log.append(f"apply {name} to {f.__name__}")
        f.tags = getattr(f, "tags", []) + [name]
        return f
    return apply
@deco("outer")
@deco("inner")
def f():
    return "f"
print(log, f.tags)
registry = {"up": str.upper, "twice": lambda fn: lambda *a: fn(fn(*a))}
@registry["twice"]
def inc(x):
    return x + 1
print(inc(1))
buttons = [lambda fn: (lambda: "button0:" + fn()), lambda fn: (lambda: "button1:" + fn())]
@buttons[1]
def clicked():
    return "clicked"
print(clicked())
class NS:
    class Sub:
        @staticmethod
        def wrap(fn):
            return lambda: f"wrapped {fn()}"
@NS.Sub.wrap
def nested_attr():
    return "value"
print(nested_attr())
@(lambda fn: fn.__name__)
def named():
    pass
print(named)
@(d := deco("walrus"))
def w():
    pass
print(w.tags, callable(d))
flag = True
@(deco("yes") if flag else deco("no"))
def cond():
    pass
print(cond.tags)
def counting(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper
@counting
def add(a, b=2):
    return a + b
print(add(1), add(1, b=5), add.calls, add.__name__)
def class_deco(cls):
    cls.decorated = True
    return cls
@class_deco
@deco("cls")
class K:
    pass
print(K.decorated, K.tags)
@type
def printed():
    pass
print(printed)
