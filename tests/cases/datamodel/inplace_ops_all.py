# In-place dunders: __iadd__ etc. mutate and return self; fallback to binary op when missing.
class I:
    def __init__(self):
        self.log = []
    def _op(op):
        def f(self, other):
            self.log.append((op, other))
            return self
        return f
    for _n in ("iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod",
               "ipow", "ilshift", "irshift", "iand", "ixor", "ior"):
        locals()["__" + _n + "__"] = _op("__" + _n + "__")
    del _n
x = I()
orig = x
x += 1; x -= 2; x *= 3; x @= 4; x /= 5; x //= 6; x %= 7
x **= 8; x <<= 9; x >>= 10; x &= 11; x ^= 12; x |= 13
print(x is orig)
for entry in x.log:
    print(entry)
class B:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  B.__add__")
        return B(self.v + o)
    def __repr__(self):
        return f"B({self.v})"
b = B(1)
b0 = b
b += 5
print(b, b0, b is b0)
class RetOther:
    def __iadd__(self, o):
        return "replaced"
r = RetOther()
r += 1
print(r)
class RetNone:
    def __imul__(self, o):
        pass
n = RetNone()
n *= 2
print(n)
class NoOps:
    pass
z = NoOps()
try:
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    z **= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z @= 2
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
