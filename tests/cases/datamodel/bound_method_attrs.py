# Bound method attributes: __self__, __func__, __name__, __qualname__, __module__, __doc__.
class C:
    """Class doc."""
    def method(self, x):
        """Method doc."""
        return x * 2
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(a):
        return a + 1
c = C()
m = c.method
print(m.__self__ is c, m.__func__ is C.method, m.__name__, m.__qualname__, m.__module__, m.__doc__)
print(type(m).__name__, type(C.method).__name__, type(C.__dict__["method"]).__name__)
print(C.method.__name__, C.method.__qualname__, C.method.__doc__)
print(m(4), C.method(c, 5), m.__func__(c, 6))
cm = C.cm
print(cm.__self__ is C, cm.__func__.__name__, cm.__qualname__, cm(), type(cm).__name__)
print(c.cm.__self__ is C)
print(C.sm is C.__dict__["sm"].__func__, C.sm(1), c.sm(2), type(C.sm).__name__)
print(m == c.method, m is c.method, c.method == C().method)
print(C.__doc__, C.__name__, C.__qualname__, C.__module__)
def free(self):
    "free doc"
    return "free:" + type(self).__name__
C.free = free
print(c.free(), c.free.__name__, c.free.__qualname__, c.free.__doc__)
c.inst = free
print(c.inst is free, c.inst(1) if False else type(c.inst).__name__)
m.__func__.attr = 5
print(m.attr, C.method.attr)
try:
    m.newattr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class D(C):
    pass
print(D().method.__qualname__, D().method.__func__ is C.method)
bm = c.method
print(bm.__func__.__code__.co_varnames[:2], bm.__func__.__defaults__)
print(callable(bm), callable(C.sm), callable(C.__dict__["sm"]))
