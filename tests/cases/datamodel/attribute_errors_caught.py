# AttributeError messages for instances, classes, modules-like objects, builtins (caught: no hint).
class C:
    def __init__(self):
        self.zeta = 1
c = C()
def show(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, "|", e, "|", e.name, "|", type(e.obj).__name__)
show(lambda: c.zet)
show(lambda: c.missing)
show(lambda: C.missing)
show(lambda: (1).foo)
show(lambda: "s".foo)
show(lambda: [].foo)
show(lambda: None.foo)
show(lambda: int.foo)
show(lambda: type.foo)
show(lambda: getattr(c, "nope"))
try:
    (5).real = 1
except AttributeError as e:
    print(type(e).__name__, "|", e)
try:
    [].append = 1
except AttributeError as e:
    print(type(e).__name__, "|", e)
try:
    del c.zeta
    del c.zeta
except AttributeError as e:
    print(type(e).__name__, "|", e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, "|", e)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, "|", e)
e = AttributeError("custom", name="n", obj=c)
print(e.name, e.obj is c, e.args)
