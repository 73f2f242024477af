# AttributeError messages for objects, classes, and modules.
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
c = C()
N = None
tests = [lambda: c.missing, lambda: C.missing, lambda: N.x, lambda: (5).real_part,
         lambda: [].push, lambda: "s".foo(), lambda: {}.has_key, lambda: int.nope]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    c.inst = 5
    del c.inst
    del c.inst
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, "missing", "fallback"), hasattr(c, "cls_attr"), hasattr(c, "inst"))
