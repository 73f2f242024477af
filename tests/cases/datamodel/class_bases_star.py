# class statements with *bases and **keywords.
class A: pass
class B: pass
bases = (A, B)
class C(*bases, metaclass=type, **{}):
    x = 1
print(C.__mro__, C.x)
kw = {"metaclass": type}
class D(A, *[B], **kw): pass
print(D.__bases__)
try:
    class E(*5): pass
except TypeError as e: print(e)
