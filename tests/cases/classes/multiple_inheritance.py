# Multiple inheritance and the MRO with cooperative super().
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello())
print([c.__name__ for c in Child.__mro__])
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"
class Thing:
    def extra(self):
        return "thing-extra"
class Combo(Mixin, Thing):
    pass
print(Combo().describe(), isinstance(Combo(), Thing), isinstance(Combo(), Mixin))
