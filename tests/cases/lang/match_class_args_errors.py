# Class patterns: __match_args__ errors, positional sub-pattern limits, missing attributes.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
class NoArgs:
    def __init__(self):
        self.x = 1
def m_noargs(v):
    match v:
        case NoArgs(a):
            return a
    return "no match"
attempt("no __match_args__", lambda: m_noargs(NoArgs()))
attempt("not an instance", lambda: m_noargs(5))
class ListArgs:
    __match_args__ = ["x"]
    x = 1
def m_list(v):
    match v:
        case ListArgs(a):
            return a
attempt("list __match_args__", lambda: m_list(ListArgs()))
class TooFew:
    __match_args__ = ("x",)
    x, y = 1, 2
def m_too_many(v):
    match v:
        case TooFew(a, b):
            return a, b
attempt("too many positional", lambda: m_too_many(TooFew()))
class NonStr:
    __match_args__ = ("x", 5)
    x = 1
def m_nonstr(v):
    match v:
        case NonStr(a, b):
            return a, b
attempt("non-str in __match_args__", lambda: m_nonstr(NonStr()))
class Missing:
    __match_args__ = ("x", "nope")
    x = 1
def m_missing(v):
    match v:
        case Missing(a, b):
            return "matched"
        case Missing(a):
            return f"only first: {a}"
attempt("attribute missing", lambda: m_missing(Missing()))
class Dup:
    __match_args__ = ("x",)
    x = 1
def m_dup(v):
    match v:
        case Dup(a, x=b):
            return a, b
attempt("positional and keyword same attr", lambda: m_dup(Dup()))
def m_not_class(v):
    Fake = "not a class"
    match v:
        case Fake():
            return "?"
attempt("called non-class", lambda: m_not_class(1))
def m_int_two(v):
    match v:
        case int(a, b):
            return a, b
attempt("int two subpatterns", lambda: m_int_two(5))
def m_int_kw(v):
    match v:
        case int(real=r, imag=i):
            return r, i
attempt("int keyword subpatterns", lambda: m_int_kw(7))
class Raising:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise RuntimeError("property failed")
def m_raising(v):
    match v:
        case Raising(x):
            return x
attempt("attribute raises", lambda: m_raising(Raising()))
