# Functions as values: stored, passed, returned.
def double(x):
    return x * 2
def negate(x):
    return -x
pipeline = [double, negate, abs, str, len]
v = -12345
for fn in pipeline:
    v = fn(v)
    print(fn.__name__, repr(v))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1), apply_n(negate, 3, 5), apply_n(str.upper, 1, "abc"))
table = {"double": double, "negate": negate}
print([table[name](7) for name in ["double", "negate", "double"]])
def make_multiplier(k):
    def mul(x):
        return x * k
    mul.__name__ = f"times{k}"
    return mul
fs = [make_multiplier(k) for k in range(1, 4)]
print([f.__name__ for f in fs], [f(10) for f in fs])
print(callable(double), callable(5), callable(len), callable(int), callable("x"))
