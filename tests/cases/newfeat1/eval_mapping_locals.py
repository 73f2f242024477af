# Arbitrary mappings as locals for eval/exec; globals must be a real dict
from collections import ChainMap, UserDict

class Recording(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.lookups = []
    def __getitem__(self, key):
        self.lookups.append(key)
        return super().__getitem__(key)

class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"

class Env:
    """Not a dict: just __getitem__ + keys-ish behaviour."""
    def __init__(self, **values):
        self.values = values
    def __getitem__(self, key):
        if key in self.values:
            return self.values[key]
        raise KeyError(key)
    def __setitem__(self, key, value):
        self.values[key] = value

r = Recording(a=1, b=2)
print(eval("a + b * a", {}, r), r.lookups)
print(eval("x + y", {}, Defaulting(x="X")))
try:
    print(eval("len(s)", {}, Defaulting(s="four")))  # __missing__ shadows builtins too
except TypeError as e:
    print(type(e).__name__, e)
env = Env(width=3, height=4)
print(eval("width * height", {}, env))
exec("area = width * height", {}, env)
print(env.values)
try:
    eval("depth", {}, env)
except NameError as e:
    print(type(e).__name__, e)
print(eval("max(width, height)", {}, env))

cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(eval("x + y", {}, cm))
exec("z = x * 10", {}, cm)
print(cm.maps[0], cm.maps[1])

ud = UserDict({"k": 5})
print(eval("k ** 2", {}, ud))

for bad_globals in ([], ChainMap(), ud, None.__class__):
    try:
        eval("1", bad_globals)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1", None, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval("1 + 1", None, None), eval("2", None, {"a": 1}))
