# Order of events during class creation: __prepare__, body, __new__, __set_name__, __init_subclass__, __init__, decorators.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"__prepare__ {name} {kw}")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"Meta.__new__ {name} start")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(f"Meta.__new__ {name} end")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
class Desc:
    def __set_name__(self, owner, name):
        log.append(f"__set_name__ {owner.__name__}.{name}")
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"__init_subclass__ {cls.__name__} {kw}")
        super().__init_subclass__()
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls
log.clear()
@deco
class Child(Base, flavor="x"):
    log.append("body start")
    d = Desc()
    log.append("body end")
for line in log:
    print(line)
log.clear()
def body_with_side_effects():
    class Inner:
        log.append("inner body")
        x = 1
        log.append(f"x visible in body: {x}")
    return Inner
body_with_side_effects()
print(log)
class Ns:
    a = 1
    b = a + 1
    del a
    c = [b] * 2
    try:
        print(a)
    except NameError as e:
        print("class body NameError:", e)
print(Ns.b, Ns.c, hasattr(Ns, "a"))
