# Every binary arithmetic dunder, forward form, on a recording class.
class R:
    def __init__(self, name):
        self.name = name
    def _op(op):
        def f(self, other):
            return f"{self.name}.{op}({other!r})"
        f.__name__ = op
        return f
    for _n in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
               "pow", "lshift", "rshift", "and", "xor", "or"):
        locals()["__" + _n + "__"] = _op("__" + _n + "__")
    del _n
a = R("a")
print(a + 1)
print(a - 2)
print(a * 3)
print(a @ 4)
print(a / 5)
print(a // 6)
print(a % 7)
print(divmod(a, 8))
print(a ** 9)
print(pow(a, 10))
print(a << 11)
print(a >> 12)
print(a & 13)
print(a ^ 14)
print(a | 15)
print(a + a if False else a + "s")
try:
    pow(a, 2, 5)
except TypeError as e:
    print(type(e).__name__, e)
class P3:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(P3() ** 2, pow(P3(), 2, 7), 2 ** P3(), pow(2, P3()))
try:
    pow(2, P3(), 7)
except TypeError as e:
    print(type(e).__name__, e)
