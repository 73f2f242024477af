# Singletons and per-key instance caches via __new__, class attributes and __init__ re-entry rules.
class Logger:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.lines = []
        return cls._instance
    def __init__(self, level="info"):
        self.level = level
    def log(self, msg):
        self.lines.append(f"[{self.level}] {msg}")
a = Logger()
a.log("first")
b = Logger("debug")
b.log("second")
print(a is b, a.level, a.lines)
class FileLogger(Logger):
    pass
f = FileLogger()
print(f is a, type(f).__name__, FileLogger._instance is Logger._instance)
class Interned:
    _pool = {}
    def __new__(cls, name):
        key = name.lower()
        if key not in cls._pool:
            obj = super().__new__(cls)
            obj.name = key
            obj.inits = 0
            cls._pool[key] = obj
        return cls._pool[key]
    def __init__(self, name):
        self.inits += 1
x, y, z = Interned("Alpha"), Interned("ALPHA"), Interned("beta")
print(x is y, x is z, x.inits, z.inits, sorted(Interned._pool))
class NotAnInstance:
    def __new__(cls, value):
        if value < 0:
            return f"negative {value}"
        return super().__new__(cls)
    def __init__(self, value):
        print("init called with", value)
        self.value = value
n1 = NotAnInstance(5)
n2 = NotAnInstance(-1)
print(type(n1).__name__, n1.value, n2)
class WrongArgs:
    def __new__(cls):
        return super().__new__(cls)
try:
    WrongArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class ObjNewArgs:
    pass
try:
    object.__new__(ObjNewArgs, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ObjNewArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
