# staticmethod and classmethod objects: __func__, __wrapped__, calling, on instances, inheritance.
class A:
    @staticmethod
    def s(x, y=2):
        return ("s", x, y)
    @classmethod
    def c(cls, x):
        return ("c", cls.__name__, x)
    raw_s = staticmethod(lambda: "raw")
    raw_c = classmethod(lambda cls: cls.__name__)
class B(A):
    pass
print(A.s(1), A().s(1, 3), B.s(x=5))
print(A.c(1), B.c(2), B().c(3))
print(A.raw_s(), A().raw_s(), B.raw_c(), B().raw_c())
sd = A.__dict__["s"]
cd = A.__dict__["c"]
print(type(sd).__name__, type(cd).__name__)
print(sd.__func__ is A.s, cd.__func__.__name__, sd.__wrapped__ is sd.__func__)
print(sd(7), callable(sd))
print(cd.__get__(None, B)(9))
print(cd.__get__(B())(10))
print(sd.__get__(None, A)(11))
print(A.s.__name__, A.s.__qualname__, A.c.__qualname__, sd.__name__, cd.__qualname__)
try:
    cd(1)
except TypeError as e:
    print(type(e).__name__, e)
def plain(*a):
    return a
sm = staticmethod(plain)
cm = classmethod(plain)
class C:
    f = sm
    g = cm
print(C.f(1), C().f(2), C.g(3), C().g(4) == (C, 4))
print(isinstance(sm, staticmethod), isinstance(cm, classmethod))
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
