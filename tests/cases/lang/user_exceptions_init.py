# User exceptions: custom __init__ (with/without super), __str__, __repr__, failures inside __init__.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a, e.b)
class WithSuper(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")
        self.a = a
e = WithSuper(1, 2)
print(e.args, str(e), repr(e))
class CustomStr(Exception):
    def __str__(self):
        return f"<custom {self.args}>"
print(str(CustomStr(1)), repr(CustomStr(1)), f"{CustomStr('f')}")
class CustomRepr(ValueError):
    def __repr__(self):
        return "CR!"
print(str(CustomRepr("x")), repr(CustomRepr("x")), [CustomRepr()])
class FailingInit(Exception):
    def __init__(self, value):
        raise TypeError(f"bad value {value}")
try:
    raise FailingInit(3)
except FailingInit:
    print("unexpected")
except TypeError as e:
    print("init failed:", type(e).__name__, e)
class NewArgs(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self
    def __init__(self, *args):
        pass
e = NewArgs(1, 2, 3)
print(e.args, repr(e))
class KwOnly(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
try:
    raise KwOnly(code=404)
except KwOnly as e:
    print(e.code, e.args, repr(e))
try:
    Exception(kw=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NoSuper
except TypeError as e:
    print("class raised without required args:", type(e).__name__, e)
class StrRaises(Exception):
    def __str__(self):
        raise ValueError("no str")
try:
    str(StrRaises())
except ValueError as e:
    print("str raised:", e)
class Attrs(Exception):
    level = "class attr"
x = Attrs("m")
x.extra = 5
print(x.level, x.extra, vars(x))
