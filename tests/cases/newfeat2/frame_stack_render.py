# Rendering the live call stack at various points; PEP 709 inlined comprehensions have no frame.
import sys
def stack(skip=1):
    out = []
    f = sys._getframe(skip)
    while f is not None:
        out.append(f.f_code.co_qualname)
        f = f.f_back
    return " <- ".join(out)
class Parser:
    def parse(self, text):
        return [self.token(t) for t in text.split()]
    def token(self, t):
        return stack() if t == "!" else t
    @property
    def where(self):
        return stack()
    def __repr__(self):
        return stack()
    def __eq__(self, other):
        print("  eq stack:", stack())
        return True
    __hash__ = None
def entry():
    return Parser().parse("a ! b")
print(entry())
print(Parser().where)
print(repr(Parser()))
print(f"{Parser()!r}")
Parser() == 1
print([stack() for _ in range(1)])
print({k: stack() for k in "x"})
print(next(stack() for _ in range(1)))
print(list(map(lambda _: stack(), [0])))
print(sorted([3, 1], key=lambda v: (print("  key:", stack()) if v == 3 else None, v)[1]))
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped():
    return stack()
print(wrapped())
class Meta(type):
    def __call__(cls, *a):
        print("  meta call:", stack())
        return super().__call__(*a)
class Built(metaclass=Meta):
    def __init__(self):
        print("  init:", stack())
Built()
def outer():
    def inner():
        class Local:
            at = stack()
        return Local.at
    return inner()
print(outer())
