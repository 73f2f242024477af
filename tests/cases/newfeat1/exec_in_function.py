# exec/eval inside functions: interaction with the function's own locals
def try_assign():
    x = 1
    exec("x = 2")
    return x

def try_create():
    exec("created = 42")
    try:
        return created  # noqa: F821 -- compiled as a global lookup
    except NameError as e:
        return f"{type(e).__name__}: {e}"

def explicit_namespace():
    ns = {"x": 1}
    exec("x = x + 1\ny = x * 10", ns)
    return ns["x"], ns["y"]

def eval_sees_locals(a, b):
    c = a + b
    return eval("a * b + c")

def eval_in_closure():
    val = "enclosed"
    def inner():
        return eval("val")
    return inner

def with_locals_snapshot():
    p, q = 3, 4
    snap = dict(locals())
    exec("r = p * q", {}, snap)
    return snap["r"], sorted(snap)

print(try_assign())
print(try_create())
print(explicit_namespace())
print(eval_sees_locals(3, 4))
try:
    print(eval_in_closure()())
except NameError as e:
    print(type(e).__name__, e)
print(with_locals_snapshot())

def make_adder(n):
    return eval("lambda x: x + n")

add5 = make_adder(5)
print(add5.__name__)
try:
    print(add5(10))  # n is not a free variable of the eval'd lambda
except NameError as e:
    print(type(e).__name__, e)

def run_with_globals():
    g = globals()
    exec("module_level_value = 'set from exec'", g)
    return module_level_value  # noqa: F821

print(run_with_globals(), "module_level_value" in globals())

counter = 0
def bump():
    exec("global counter\ncounter += 1")
bump(); bump()
print(counter)
