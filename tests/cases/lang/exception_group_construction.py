# BaseExceptionGroup / ExceptionGroup construction rules and messages.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
attempt("plain", lambda: ExceptionGroup("msg", [ValueError(1)]))
attempt("tuple", lambda: ExceptionGroup("msg", (ValueError(1), TypeError(2))))
attempt("empty", lambda: ExceptionGroup("msg", []))
attempt("not seq", lambda: ExceptionGroup("msg", {ValueError(1)}))
attempt("msg not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("non exc item", lambda: ExceptionGroup("m", [ValueError(), 3]))
attempt("class item", lambda: ExceptionGroup("m", [ValueError]))
attempt("base in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BEG all exc", lambda: BaseExceptionGroup("m", [ValueError()]))
attempt("BEG with base", lambda: BaseExceptionGroup("m", [SystemExit(1), ValueError()]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("kwargs", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
eg = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [KeyError("k")])])
print(str(eg), "|", repr(eg))
print(eg.message, eg.args[0], type(eg.exceptions).__name__, len(eg.exceptions))
print(eg.args[1] is eg.exceptions, type(eg.args[1]).__name__)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("", [ValueError(), ValueError()])))
try:
    eg.exceptions = ()
except AttributeError as e:
    print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    pass
g = MyGroup("mine", [ValueError()])
print(type(g).__name__, repr(g), isinstance(g, ExceptionGroup))
class MyBaseGroup(BaseExceptionGroup):
    pass
print(type(MyBaseGroup("x", [ValueError()])).__name__, type(MyBaseGroup("x", [SystemExit()])).__name__)
attempt("subclass of EG with base", lambda: MyGroup("m", [SystemExit()]))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
