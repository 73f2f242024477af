# Zero-argument super() in methods, properties, classmethods, staticmethod errors.
class Base:
    def greet(self):
        return "Base.greet(" + type(self).__name__ + ")"
    @classmethod
    def make(cls):
        return "Base.make(" + cls.__name__ + ")"
    @property
    def value(self):
        return 10
    def __repr__(self):
        return "<Base>"
class Child(Base):
    def greet(self):
        return "Child+" + super().greet()
    @classmethod
    def make(cls):
        return "Child+" + super().make()
    @property
    def value(self):
        return super().value + 1
    def __repr__(self):
        return "<Child of " + super().__repr__() + ">"
    def inner(self):
        def f():
            return super().greet()
        return f
    def via_lambda(self):
        return (lambda: super().greet())()
    def via_comp(self):
        return [super().greet() for _ in range(2)]
c = Child()
print(c.greet())
print(Child.make(), c.make())
print(c.value)
print(repr(c))
for fn in (c.via_lambda, c.via_comp, lambda: c.inner()()):
    try:
        print(fn())
    except RuntimeError as e:
        print(type(e).__name__, e)
class S:
    @staticmethod
    def st():
        return super().__repr__()
try:
    S.st()
except RuntimeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class G(Child):
    def greet(self):
        s = super()
        return "G+" + s.greet()
print(G().greet())
print(type(super(Child, c)).__name__)
