# Raising things that are not exceptions, classes needing args, and except clauses with bad types.
def attempt(label, fn):
    try:
        fn()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
def r(x):
    raise x
attempt("int", lambda: r(5))
attempt("str", lambda: r("message"))
attempt("None", lambda: r(None))
attempt("class", lambda: r(ValueError))
attempt("object class", lambda: r(object))
attempt("instance of non-exc", lambda: r(object()))
class NotExc:
    pass
attempt("user non-exc class", lambda: r(NotExc))
class NeedsArgs(Exception):
    def __init__(self, a):
        super().__init__(a)
attempt("class needing args", lambda: r(NeedsArgs))
class BadNew(Exception):
    def __new__(cls):
        return 42
attempt("class whose new returns int", lambda: r(BadNew))
def except_with(t):
    try:
        raise ValueError("v")
    except t:
        return "caught"
attempt("except int", lambda: except_with(5))
attempt("except str", lambda: except_with("ValueError"))
attempt("except tuple with bad", lambda: except_with((KeyError, 3)))
attempt("except instance", lambda: except_with(ValueError("x")))
attempt("nested tuple", lambda: print(except_with((KeyError, (TypeError, ValueError)))))
attempt("bad item after match", lambda: print(except_with((KeyError, ValueError, 3))))
def no_exc_bad_type():
    try:
        pass
    except 5:
        pass
    return "fine: clause never evaluated"
print(no_exc_bad_type())
def evaluated_in_order():
    log = []
    def t(name, cls):
        log.append(name)
        return cls
    try:
        raise KeyError()
    except t("first", TypeError):
        pass
    except t("second", KeyError):
        pass
    except t("third", Exception):
        pass
    return log
print(evaluated_in_order())
