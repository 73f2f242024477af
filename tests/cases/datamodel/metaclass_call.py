# Metaclass __call__ controls instance creation (singletons, argument checks, skipping __init__).
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in Singleton._instances:
            print("creating", cls.__name__, args)
            Singleton._instances[cls] = super().__call__(*args, **kw)
        return Singleton._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        print("Config.__init__", v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)
class Logger(metaclass=Singleton):
    pass
print(Logger() is Logger(), Logger() is a)
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class P(metaclass=NoInit):
    def __init__(self, *args):
        print("never printed")
p = P(1, 2)
print(p.args, type(p).__name__)
class Tracing(type):
    def __call__(cls, *args, **kw):
        print("-> Tracing.__call__", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        print("<- created", type(inst).__name__)
        return inst
class T(metaclass=Tracing):
    def __new__(cls, *args, **kw):
        print("   T.__new__", args, kw)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("   T.__init__", x, y)
t = T(1, y=2)
class Weird(metaclass=Tracing):
    def __new__(cls):
        return "not an instance"
    def __init__(self):
        print("not called: __new__ returned a str")
print(Weird())
class Sub(Config):
    def __init__(self):
        print("Sub.__init__")
s1 = Sub()
print(s1 is Sub(), s1 is a)
