# __init_subclass__ with keyword arguments, defaults, required keywords, and errors.
class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, name, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name
        cls.priority = priority
        Plugin.plugins[name] = cls
class Alpha(Plugin, name="alpha"): pass
class Beta(Plugin, name="beta", priority=5): pass
print(sorted((k, v.__name__, v.priority) for k, v in Plugin.plugins.items()))
try:
    class Gamma(Plugin): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Delta(Plugin, name="d", color="red"): pass
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Plugin.plugins))
class Checked:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {missing}")
class Good(Checked):
    required = ("run",)
    def run(self): pass
try:
    class BadOne(Checked):
        required = ("run", "stop")
        def run(self): pass
except TypeError as e:
    print(type(e).__name__, e)
print("BadOne" in globals())
class ViaType:
    def __init_subclass__(cls, **kw):
        print("ViaType hook", cls.__name__, kw)
X = type("X", (ViaType,), {})
class Y(ViaType):
    pass
print(type(ViaType.__dict__["__init_subclass__"]).__name__)
class Gen:
    def __init_subclass__(cls, *, kind="default"):
        cls.kind = kind
class G1(Gen): pass
class G2(Gen, kind="special"): pass
class G3(G2): pass
print(G1.kind, G2.kind, G3.kind)
try:
    class Nope(object, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
