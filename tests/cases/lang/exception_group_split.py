# split / subgroup / derive on nested exception groups keep structure and metadata.
def shape(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(shape(x) for x in e.exceptions)}])"
    return f"{type(e).__name__}({e})"
leaf_v1 = ValueError("v1")
leaf_k = KeyError("k")
inner = ExceptionGroup("inner", [leaf_k, ValueError("v2")])
eg = ExceptionGroup("top", [leaf_v1, TypeError("t"), inner])
eg.add_note("top note")
eg.__cause__ = RuntimeError("cause")
eg.__context__ = RuntimeError("ctx")
for cond in [ValueError, (KeyError, TypeError), LookupError, OSError, Exception,
             lambda e: isinstance(e, ValueError) and "1" in str(e),
             lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"]:
    match, rest = eg.split(cond)
    print("split", getattr(cond, "__name__", cond) if not isinstance(cond, tuple) else cond)
    print("   match:", shape(match) if match is not None else None)
    print("   rest: ", shape(rest) if rest is not None else None)
    sub = eg.subgroup(cond)
    print("   subgroup same as match:", (shape(sub) if sub else None) == (shape(match) if match else None))
m, r = eg.split(ValueError)
print(m.__notes__, type(m.__cause__).__name__, type(m.__context__).__name__, m.__traceback__ is eg.__traceback__)
print(m.exceptions[0] is leaf_v1, r.exceptions[1].exceptions[0] is leaf_k)
print(eg.subgroup(BaseException) is eg, eg.split(BaseException)[0] is eg)
d = eg.derive([KeyError("new")])
print(shape(d), getattr(d, "__notes__", "no notes"), d.__cause__)
try:
    eg.split(5)
except TypeError as e:
    print(type(e).__name__, e)
class Tagged(ExceptionGroup):
    def __new__(cls, msg, excs, tag="?"):
        self = super().__new__(cls, msg, excs)
        self.tag = tag
        return self
    def __init__(self, msg, excs, tag="?"):
        super().__init__(msg, excs)
    def derive(self, excs):
        return Tagged(self.message, excs, tag=self.tag + "'")
t = Tagged("tg", [ValueError(1), KeyError(2)], tag="A")
tm, tr = t.split(ValueError)
print(type(tm).__name__, tm.tag, type(tr).__name__, tr.tag)
class Plain(ExceptionGroup):
    pass
p = Plain("p", [ValueError(1), KeyError(2)])
pm, pr = p.split(KeyError)
print(type(pm).__name__, type(pr).__name__)
