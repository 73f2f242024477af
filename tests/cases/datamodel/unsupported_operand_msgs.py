# Exact TypeError messages for unsupported operands between user classes and builtins.
class A: pass
class B: pass
a, b = A(), B()
ops = [
    ("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b), ("@", lambda: a @ b),
    ("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b), ("**", lambda: a ** b),
    ("<<", lambda: a << b), (">>", lambda: a >> b), ("&", lambda: a & b), ("^", lambda: a ^ b),
    ("|", lambda: a | b), ("divmod", lambda: divmod(a, b)), ("pow3", lambda: pow(a, b, 3)),
    ("int+A", lambda: 1 + a), ("A+str", lambda: a + "s"), ("str+A", lambda: "s" + a),
    ("list+A", lambda: [1] + a), ("A*list", lambda: a * [1]), ("list*A", lambda: [1] * a),
    ("None+A", lambda: None + a), ("-A", lambda: -a), ("+A", lambda: +a), ("~A", lambda: ~a),
    ("abs", lambda: abs(a)), ("str*str", lambda: "a" * "b"), ("A**int", lambda: a ** 2),
    ("tuple+A", lambda: (1,) + a), ("dict|A", lambda: {} | a),
]
for name, f in ops:
    try:
        f()
    except TypeError as e:
        print(f"{name:8} {e}")
def iadd(x): x += b
def isub(x): x -= b
def imul(x): x *= b
def imatmul(x): x @= b
def itruediv(x): x /= b
def ifloordiv(x): x //= b
def imod(x): x %= b
def ipow(x): x **= b
def ilshift(x): x <<= b
def irshift(x): x >>= b
def iand(x): x &= b
def ixor(x): x ^= b
def ior(x): x |= b
for f in (iadd, isub, imul, imatmul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand, ixor, ior):
    try:
        f(a)
    except TypeError as e:
        print(f"{f.__name__:9} {e}")
