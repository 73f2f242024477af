# Exceptions compare by identity, are hashable, keep extra attributes, and copy with their args.
import copy
a, b = ValueError("x"), ValueError("x")
print(a == b, a == a, a != b, len({a, b, a}))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
c = copy.copy(a)
print(type(c).__name__, c.args, c is a, c == a)
a.extra = [1]
d = copy.copy(a)
print(d.extra, d.extra is a.extra)
e = copy.deepcopy(a)
print(e.extra, e.extra is a.extra)
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
f = copy.copy(Custom(404, "missing"))
print(type(f).__name__, f.args, f.code)
print(a.__dict__, vars(ValueError("no attrs")))
g = KeyError("k")
print(g.__reduce__())
print(Custom(1, "m").__reduce__()[0].__name__, Custom(1, "m").__reduce__()[1])
h = ValueError("first")
h.__init__("second", "third")
print(h.args)
i = OSError(2, "No such file", "name")
print(i.__reduce__())
try:
    raise a
except ValueError as caught:
    print(caught is a, caught.extra)
print(bool(ValueError()), bool(Exception("")))
