# Checking builtin names and the builtins namespace indirectly.
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("f" in globals(), "undefined_name_xyz" in globals(), type(globals()).__name__)
print(__name__)
x = 10
g = globals()
g["dynamic"] = "set via globals"
print(dynamic)
print(sorted(k for k in globals() if not k.startswith("_")))
