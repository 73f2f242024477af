# super() and __class__ in less common places: nested functions, generators, lambdas, classmethods.
class Base:
    def greet(self):
        return "base"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
class Child(Base):
    def greet(self):
        def helper():
            return __class__.__name__
        return f"child[{helper()}]+" + super().greet()
    def greet_all(self):
        try:
            return list(super().greet() + str(i) for i in range(2))
        except (TypeError, RuntimeError) as e:
            return f"{type(e).__name__}: {e}"
    def greet_all_list(self):
        return [super().greet() + str(i) for i in range(2)]
    def gen(self):
        yield super().greet()
        yield __class__
    @classmethod
    def create(cls):
        return "Child>" + super().create()
    def via_lambda(self):
        f = lambda: super(Child, self).greet()
        return f()
c = Child()
print(c.greet(), c.greet_all(), c.greet_all_list(), [x if isinstance(x, str) else x.__name__ for x in c.gen()])
print(Child.create(), c.via_lambda())
class GrandChild(Child):
    pass
print(GrandChild.create(), GrandChild().greet())
def broken(self):
    return super().greet()
class Late(Base):
    pass
Late.broken = broken
try:
    Late().broken()
except RuntimeError as e:
    print(type(e).__name__, e)
class Explicit(Base):
    def greet(self):
        return "explicit:" + super(Explicit, self).greet()
print(Explicit().greet())
class NoArgsStatic(Base):
    @staticmethod
    def s():
        try:
            return super().greet()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
print(NoArgsStatic.s())
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), super(B, D()).who(), super(D, D).who(D()))
print(Child.greet.__code__.co_freevars, "__class__" in Child.gen.__code__.co_freevars)
