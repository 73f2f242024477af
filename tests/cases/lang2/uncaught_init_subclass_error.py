# __init_subclass__ validation rejecting a subclass definition: the class statement itself raises.
class Handler:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not callable(getattr(cls, "handle", None)):
            raise TypeError(f"{cls.__name__} must define a callable 'handle'")
class Good(Handler):
    def handle(self, x):
        return x + 1
print(Good().handle(1))
class AlsoGood(Good):
    pass
print(AlsoGood().handle(41))
class Broken(Handler):
    handle = "not callable"
print("unreachable")
