# Errors from * and ** in calls and displays.
def f(*args, **kwargs):
    return args, kwargs
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
attempt("* non-iterable", lambda: f(*5))
attempt("* None", lambda: f(*None))
attempt("** non-mapping", lambda: f(**5))
attempt("** list", lambda: f(**[1]))
attempt("duplicate ** keys", lambda: f(**{"a": 1}, **{"a": 2}))
attempt("keyword and ** duplicate", lambda: f(a=1, **{"a": 2}))
attempt("non-str key", lambda: f(**{1: 2}))
def g(a, b):
    return a, b
attempt("positional twice", lambda: g(1, *[2], **{"a": 3}))
attempt("too many", lambda: g(*[1, 2, 3]))
attempt("unknown keyword", lambda: g(1, **{"c": 3}))
attempt("list display", lambda: [*5])
attempt("dict display", lambda: {**[1, 2]})
attempt("dict display pairs", lambda: {**[(1, 2)]})
class Keys:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
attempt("keys()+getitem mapping", lambda: f(**Keys()))
attempt("keys mapping in dict", lambda: {**Keys()})
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
attempt("non-str key via keys()", lambda: f(**BadKeys()))
class It:
    def __iter__(self):
        return iter("it")
attempt("custom iterable", lambda: f(*It()))
def gen():
    yield 1
    raise ValueError("from generator")
attempt("error during unpacking", lambda: f(*gen()))
attempt("print ** bad", lambda: print(**{"sep": "-", "bogus": 1}))
attempt("str.format **", lambda: "{a}-{b}".format(**{"a": 1, "b": 2}))
