# nonlocal and global edge cases, including their compile-time errors.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def global_in_nested():
    v = "local v"
    def inner():
        global v
        v = "global v"
    inner()
    return v
print(global_in_nested(), v)
def class_scope():
    y = "function y"
    class C:
        y = "class y"
        def get(self):
            return y
        seen = y
    return C().get(), C.seen
print(class_scope())
def nonlocal_through_class():
    z = 1
    class C:
        nonlocal z
        z = 2
    return z
print(nonlocal_through_class())
def counter_factory():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c1(10), c2())
def global_declared_unassigned():
    global never_assigned
    try:
        return never_assigned
    except NameError as e:
        return str(e)
print(global_declared_unassigned())
errors = {
    "nonlocal at module": "nonlocal x\n",
    "no binding": "def f():\n    nonlocal q\n",
    "used before global": "def f():\n    x = 1\n    global x\n",
    "param global": "def f(x):\n    global x\n",
    "param nonlocal": "def g():\n    x = 1\n    def f(x):\n        nonlocal x\n",
    "nonlocal and global": "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n",
    "annotated global": "def f():\n    global x\n    x: int = 1\n",
    "global after use": "def f():\n    print(x)\n    global x\n",
    "nonlocal to global only": "x = 1\ndef f():\n    nonlocal x\n",
}
for label, src in errors.items():
    try:
        exec(src, {})
        print(label, "-> ok")
    except SyntaxError as e:
        print(label, "->", e.msg)
