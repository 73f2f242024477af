# Class statements: bases, __bases__, __base__, __mro__, __name__, __qualname__, keywords.
class A: pass
class B(A): pass
class C(A, object): pass
class D(B, C): pass
print(A.__bases__ == (object,), B.__bases__ == (A,), [k.__name__ for k in D.__bases__])
print(D.__base__.__name__, object.__bases__, object.__base__)
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(type(D.__mro__).__name__, type(D.mro()).__name__)
class Outer:
    class Inner:
        class Deepest: pass
    def meth(self):
        class Local: pass
        return Local
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
L = Outer().meth()
print(L.__name__, L.__qualname__)
print(A.__module__, type(A).__name__, type(type).__name__)
bases = (B, C)
class E(*bases): pass
print([k.__name__ for k in E.__mro__])
def make():
    return A
class F(make()): pass
print(F.__bases__[0] is A, issubclass(F, A), issubclass(F, object))
try:
    class G(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    """doc of Empty"""
print(Empty.__doc__, A.__doc__)
print(sorted(k for k in Empty.__dict__ if not k.startswith("__") or k in ("__doc__", "__module__")))
print(B.__subclasses__() == [D], sorted(k.__name__ for k in A.__subclasses__()))
class K(B, metaclass=type): pass
print(type(K) is type, K.__mro__[1] is B)
