# __getattribute__ intercepts every attribute access; object.__getattribute__ and __getattr__ fallback.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x + 1
l = Logged()
print(l.x)
print(l.method())
print(type(l).__name__)
class WithFallback:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback for " + name
    hidden = "real value"
    shown = "shown value"
w = WithFallback()
print(w.shown, w.hidden, w.missing)
print(object.__getattribute__(w, "hidden"))
class Upper:
    def __init__(self):
        self.val = "abc"
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
u = Upper()
print(u.val, getattr(u, "val"), u.__dict__)
class Everything:
    def __getattribute__(self, name):
        return "intercepted " + name
e = Everything()
print(e.anything, e.__dict__, getattr(e, "foo"))
print(type(e).__name__)
class Raiser:
    def __getattribute__(self, name):
        raise ValueError("no access to " + name)
r = Raiser()
try:
    r.x
except ValueError as ex:
    print(type(ex).__name__, ex)
print(type(r).__name__, isinstance(r, Raiser))
try:
    print(hasattr(r, "x"))
except ValueError as ex:
    print("hasattr:", ex)
class Counting:
    count = 0
    def __getattribute__(self, name):
        type(self).count += 1
        return object.__getattribute__(self, name)
    def f(self):
        return "f"
k = Counting()
k.f(); k.f(); k.count
print(Counting.count)
