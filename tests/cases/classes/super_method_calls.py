# super().name(...) in methods: plain functions, classmethods, staticmethods, properties,
# builtin methods of object, a shadowed `super`, and errors.


class A:
    def m(self, x):
        return ("A.m", x)

    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)

    @staticmethod
    def s(y):
        return ("A.s", y)

    @property
    def p(self):
        return "A.p"

    def __init__(self):
        self.made = "A"


class B(A):
    def m(self, x):
        return ("B.m",) + super().m(x + 1)

    @classmethod
    def c(cls):
        return ("B.c",) + super().c()

    def s_via(self):
        return super().s(5)

    def p_via(self):
        return super().p

    def __init__(self):
        super().__init__()
        self.made += "B"

    def __repr__(self):
        return "<B " + super().__repr__()[:2] + ">"


class C(B):
    def m(self, x):
        return ("C.m",) + super().m(x * 10)


b, c = B(), C()
print(b.m(1), c.m(2), B.c(), C.c(), b.s_via(), b.p_via(), b.made, c.made, repr(b))
for _ in range(3):
    print(c.m(3))

# The method replaced on the base class after the site has run.
A.m = lambda self, x: ("new A.m", x)
print(c.m(4))


# super() where the name is found on object.
class D:
    def __init__(self, v):
        super().__init__()
        self.v = v

    def __eq__(self, other):
        return super().__eq__(other)

    def __hash__(self):
        return super().__hash__() == object.__hash__(self)


d = D(1)
print(d.v, d == d, d == D(1), d.__hash__())


# A local `super` that is not the builtin.
def shadowed():
    def super():
        class Fake:
            def m(self, x):
                return ("fake", x)

        return Fake()

    return super().m(9)


print(shadowed())


# super() outside a method, and with an unrelated instance.
class E:
    def m(self):
        return super(E, 5).m()

    def n(self):
        return super().missing()


try:
    E().m()
except TypeError as e:
    print("TypeError:", e)
try:
    E().n()
except AttributeError as e:
    print("AttributeError:", e)


class F(A):
    def m(self, x):
        return super(A, self).m(x)


try:
    F().m(1)
except AttributeError as e:
    print("AttributeError:", e)
