# Class-level registries via __init_subclass__ with keyword arguments and validation.
class Command:
    _registry = {}
    def __init_subclass__(cls, /, name=None, aliases=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cmd = name or cls.__name__.lower()
        for key in (cmd, *aliases):
            if key in Command._registry:
                raise TypeError(f"duplicate command {key!r} ({cls.__name__} vs {Command._registry[key].__name__})")
            Command._registry[key] = cls
        cls.command_name = cmd
    @classmethod
    def dispatch(cls, line):
        head, *args = line.split()
        try:
            handler = cls._registry[head]
        except KeyError:
            raise LookupError(f"unknown command: {head}") from None
        return handler().run(*args)
class Add(Command, aliases=("plus", "+")):
    def run(self, *args):
        return sum(int(a) for a in args)
class Echo(Command, name="say"):
    def run(self, *args):
        return " ".join(args)
class Shout(Echo, name="shout"):
    def run(self, *args):
        return super().run(*args).upper() + "!"
print(sorted(Command._registry))
for line in ["add 1 2 3", "+ 4 5", "say hello world", "shout hi there", "plus", "nope 1"]:
    try:
        print(repr(line), "->", repr(Command.dispatch(line)))
    except LookupError as e:
        print(repr(line), "->", type(e).__name__, e)
print(Shout.command_name, Echo.command_name, Add.command_name)
try:
    class Again(Command, name="say"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("again" in Command._registry, "say" in Command._registry)
try:
    class Weird(Command, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Command._registry))
