# Delegation via __getattr__: a logging proxy around a list and a read-only view wrapper.
class LoggingProxy:
    def __init__(self, target, name):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "calls", [])
    def __getattr__(self, attr):
        value = getattr(self._target, attr)
        if callable(value):
            def wrapper(*args, **kwargs):
                self.calls.append(f"{self._name}.{attr}{args}")
                return value(*args, **kwargs)
            return wrapper
        return value
    def __setattr__(self, attr, value):
        self.calls.append(f"set {attr}")
        setattr(self._target, attr, value)
    def __len__(self):
        return len(self._target)
    def __getitem__(self, i):
        return self._target[i]
p = LoggingProxy([3, 1, 2], "nums")
p.append(5)
p.sort()
p.extend([9, 0])
print(p.index(9), len(p), p[0], p[-1], list(p))
print(p.calls)
try:
    p.push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.sort = None
except AttributeError as e:
    print(type(e).__name__, e)
print(p.calls[-1])
class ReadOnly:
    __slots__ = ("_obj",)
    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)
    def __getattr__(self, name):
        if name.startswith("set") or name in ("append", "pop", "update", "clear"):
            raise AttributeError(f"{name!r} is not allowed on a read-only view")
        return getattr(self._obj, name)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")
class Config:
    def __init__(self):
        self.debug = False
        self.level = 3
    def set_level(self, n):
        self.level = n
ro = ReadOnly(Config())
print(ro.debug, ro.level)
for action in (lambda: ro.set_level(5), lambda: setattr(ro, "debug", True), lambda: ro.missing):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(ReadOnly([1]).count(1))
