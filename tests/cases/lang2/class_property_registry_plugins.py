# A plugin system combining __init_subclass__, class properties via metaclass-free descriptors, and priorities.
class classproperty:
    def __init__(self, fget):
        self.fget = fget
    def __get__(self, obj, owner):
        return self.fget(owner)
class Plugin:
    _plugins = []
    priority = 50
    enabled = True
    def __init_subclass__(cls, *, priority=None, **kw):
        super().__init_subclass__(**kw)
        if priority is not None:
            if not isinstance(priority, int) or not 0 <= priority <= 100:
                raise ValueError(f"{cls.__name__}: priority must be 0..100, got {priority!r}")
            cls.priority = priority
        Plugin._plugins.append(cls)
    @classproperty
    def name(cls):
        return cls.__name__.removesuffix("Plugin").lower()
    @classmethod
    def active(cls):
        return sorted((p for p in cls._plugins if p.enabled and issubclass(p, cls) and p is not cls),
                      key=lambda p: (-p.priority, p.name))
    def process(self, text):
        return text
class StripPlugin(Plugin, priority=90):
    def process(self, text):
        return text.strip()
class UpperPlugin(Plugin):
    def process(self, text):
        return text.upper()
class ExclaimPlugin(UpperPlugin, priority=10):
    def process(self, text):
        return super().process(text) + "!"
class DisabledPlugin(Plugin, priority=100):
    enabled = False
try:
    class BadPlugin(Plugin, priority=500):
        pass
except ValueError as e:
    print(type(e).__name__, e)
print([p.name for p in Plugin.active()], [p.name for p in UpperPlugin.active()])
print(Plugin.name, StripPlugin.name, StripPlugin().name, [p.priority for p in Plugin.active()])
def run_all(text):
    for p in Plugin.active():
        text = p().process(text)
    return text
print(repr(run_all("  hello world  ")))
DisabledPlugin.enabled = True
print([p.name for p in Plugin.active()][:2], "bad" in [p.name for p in Plugin._plugins])
