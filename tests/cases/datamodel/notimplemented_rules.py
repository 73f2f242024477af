# NotImplemented fallback rules: forward -> reflected; subclass reflected first; same type no reflection.
class Base:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        print(f"  {self.n}.__add__({o.n if hasattr(o, 'n') else o})")
        return NotImplemented
    def __radd__(self, o):
        print(f"  {self.n}.__radd__({o.n if hasattr(o, 'n') else o})")
        return NotImplemented
class Sub(Base):
    pass
class Over(Base):
    def __radd__(self, o):
        print(f"  {self.n}.Over.__radd__")
        return "over"
def attempt(label, f):
    print(label)
    try:
        print("  ->", f())
    except TypeError as e:
        print("  TypeError:", e)
attempt("base + base", lambda: Base("a") + Base("b"))
attempt("base + sub", lambda: Base("a") + Sub("s"))
attempt("base + over", lambda: Base("a") + Over("o"))
attempt("over + base", lambda: Over("o") + Base("a"))
attempt("1 + base", lambda: 1 + Base("a"))
attempt("base + 1", lambda: Base("a") + 1)
class Good:
    def __add__(self, o):
        return "Good.__add__"
class Better(Good):
    def __radd__(self, o):
        return "Better.__radd__"
print(Good() + Better())
print(Good() + Good())
class Same:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "never for same type"
attempt("same + same", lambda: Same() + Same())
class RaisesNI:
    def __add__(self, o):
        raise NotImplementedError("explicit")
try:
    RaisesNI() + 1
except NotImplementedError as e:
    print(type(e).__name__, e)
print(type(NotImplemented).__name__, repr(NotImplemented), bool(NotImplemented is NotImplemented))
print(int.__add__(1, "x"), (1).__radd__(2.0), float.__add__(1.0, 2))
