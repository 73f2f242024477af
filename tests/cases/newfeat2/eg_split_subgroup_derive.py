# ExceptionGroup.split/subgroup with types and predicates, derive() on subclasses, metadata copying.
class BatchErrors(ExceptionGroup):
    def __new__(cls, msg, excs, batch_id=None):
        self = super().__new__(cls, msg, excs)
        self.batch_id = batch_id
        return self
    def __init__(self, msg, excs, batch_id=None):
        super().__init__(msg, excs)
    def derive(self, excs):
        return BatchErrors(self.message, excs, self.batch_id)
def build():
    inner = ExceptionGroup("inner", [KeyError("k1"), ValueError("v1")])
    eg = BatchErrors("batch", [ValueError("v0"), inner, TypeError("t0"), KeyError("k0")], batch_id=7)
    eg.add_note("batch note")
    return eg
def show(g, indent=0):
    if g is None:
        print(" " * indent + "None")
        return
    if isinstance(g, BaseExceptionGroup):
        print(" " * indent + f"{type(g).__name__}({g.message!r}) id={getattr(g, 'batch_id', '-')} notes={getattr(g, '__notes__', None)}")
        for e in g.exceptions:
            show(e, indent + 2)
    else:
        print(" " * indent + repr(g))
eg = build()
match, rest = eg.split(ValueError)
show(match); show(rest)
match, rest = eg.split(lambda e: isinstance(e, LookupError))
show(match); show(rest)
show(eg.subgroup((TypeError, KeyError)))
show(eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
m, r = eg.split(Exception)
print(m is eg, r)
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")[0].exceptions[0].message)
plain = ExceptionGroup("plain", [OSError(2, "nope")])
d = plain.derive([RuntimeError("x")])
print(type(d).__name__, d.message, d.exceptions, hasattr(d, "__notes__"))
for bad in ("string", 5):
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(ExceptionGroup("r", [ValueError(1), KeyError(2)])))
print(str(BatchErrors("s", [ValueError()])), BatchErrors("s", [ValueError()]).batch_id)
