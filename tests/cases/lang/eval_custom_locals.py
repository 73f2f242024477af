# eval/exec accept any mapping as locals; lookups go through __getitem__ and fall back to globals.
class Loud(dict):
    def __getitem__(self, key):
        print("  getitem", key)
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        print("  setitem", key, "<callable>" if callable(value) else value)
        super().__setitem__(key, value)
loc = Loud(a=1)
print(eval("a + 1", {}, loc))
exec("b = a * 10", {}, loc)
print(dict(loc))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("anything", {}, Default()))
print(eval("[x, y]", {"x": "from globals"}, Default()))
class Mapping:
    def __init__(self):
        self.data = {"m": 5}
    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        raise KeyError(key)
    def __setitem__(self, key, value):
        self.data[key] = value
m = Mapping()
print(eval("m * 2", {}, m))
exec("n = m + 1", {}, m)
print(m.data)
try:
    eval("missing", {}, m)
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
g = {}
exec("def f():\n    return gv\ngv = 'global var'", g, loc)
print(sorted(k for k in loc))
try:
    loc["f"]()
except NameError as e:
    print("function body uses globals, not locals:", e)
print(eval("(lambda: a)()", {"a": "global a"}, {"a": "local a"}))
print(eval("[a for _ in range(1)]", {"a": "global a"}, {"a": "local a"}))
