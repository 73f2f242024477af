# The operator module applied to numbers.
import operator as op
a, b = 17, -5
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor",
             "lt", "le", "eq", "ne", "ge", "gt"]:
    f = getattr(op, name)
    try:
        print(name, f(a, abs(b)), f(b, 3), f(2.5, 2) if name not in ("lshift", "rshift", "and_", "or_", "xor") else "-")
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
print(op.neg(5), op.pos(-5), op.abs(-5.5), op.invert(5), op.not_(0), op.truth(2.0), op.index(7))
print(op.index(True), op.index(2**70))
for bad in [1.5, "3", None]:
    try:
        print(op.index(bad))
    except TypeError as e:
        print(type(e).__name__, e)
x = 10
x = op.iadd(x, 5)
x = op.imul(x, 3)
x = op.ifloordiv(x, 4)
x = op.ipow(x, 2)
x = op.imod(x, 1000)
print(x)
print(op.mod(-7, 3), op.mod(7.5, -2), op.floordiv(-7, 2.0), op.truediv(1, 3), op.pow(2, -2), op.pow(-8, 1 / 3))
try:
    print(op.truediv(1, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(op.lshift(1, -1))
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([3, -1.5, 2**65, 0, True], key=op.neg), list(map(op.mul, [1, 2, 3], [4.0, 5, 6j])))
import functools
print(functools.reduce(op.mul, range(1, 21)), functools.reduce(op.xor, range(100)), functools.reduce(op.add, [0.1] * 10))
