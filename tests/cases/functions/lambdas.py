# Lambda expressions in various contexts.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2), (lambda x, *, y: x - y)(10, y=3))
print(sorted([-3, 1, -2, 4], key=lambda v: abs(v)), list(map(lambda s: s[::-1], ["ab", "cd"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4), compose(str, sq)(9) + "!")
print(sq.__name__, (lambda: 0).__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
