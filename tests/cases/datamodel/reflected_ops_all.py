# Every reflected dunder: used when the left operand does not support the operation.
class R:
    def __init__(self, name):
        self.name = name
    def _op(op):
        def f(self, other):
            return f"{self.name}.{op}({other!r})"
        return f
    for _n in ("radd", "rsub", "rmul", "rmatmul", "rtruediv", "rfloordiv", "rmod",
               "rdivmod", "rpow", "rlshift", "rrshift", "rand", "rxor", "ror"):
        locals()["__" + _n + "__"] = _op("__" + _n + "__")
    del _n
b = R("b")
print(1 + b)
print(2 - b)
print(3 * b)
print(4 @ b)
print(5 / b)
print(6 // b)
print(7 % b)
print(divmod(8, b))
print(9 ** b)
print(10 << b)
print(11 >> b)
print(12 & b)
print(13 ^ b)
print(14 | b)
print("s" + b, [1] * b, (1,) + b, 1.5 - b, None if False else 2j * b)
try:
    b + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + b
except TypeError as e:
    print(type(e).__name__, e)
class OnlyL:
    def __add__(self, o):
        return "OnlyL.add"
class OnlyR:
    def __radd__(self, o):
        return "OnlyR.radd"
print(OnlyL() + OnlyR(), OnlyR.__name__)
try:
    OnlyR() + OnlyL()
except TypeError as e:
    print(type(e).__name__, e)
