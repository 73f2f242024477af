# __getattr__ fallback and __setattr__ interception.
class Lazy:
    def __init__(self):
        self.real = "present"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no attribute {name!r}")
l = Lazy()
print(l.real, l.auto_hello, getattr(l, "auto_x"), hasattr(l, "other"))
try:
    l.other
except AttributeError as e:
    print(type(e).__name__, e)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
r = Recorder()
r.a = 1
r.b = [2]
r.a = 3
print(r.log, r.a, r.b)
