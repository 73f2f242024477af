# Hand-written partial application and currying.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        return fn(*bound, *args, **{**bound_kw, **kw})
    return call
def volume(l, w, h, unit="m3"):
    return f"{l * w * h}{unit}"
v2 = partial(volume, 2)
v23 = partial(volume, 2, 3, unit="cm3")
print(v2(3, 4), v23(5), v23(5, unit="in3"))
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
print(curry3(volume)(1)(2)(3))
power_of = lambda exp: lambda base: base ** exp
square, cube = power_of(2), power_of(3)
print([square(i) for i in range(5)], [cube(i) for i in range(5)])
print(partial(max, key=len)(["aa", "b", "cccc"]), partial(sorted, reverse=True)([3, 1, 2]))
