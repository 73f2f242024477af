# cls.__mro__ is one tuple for a class (as in CPython), for user and builtin classes.
class A: pass
class B: pass
class C(A): pass
class D(C, B): pass
print(C.__mro__ is C.__mro__, int.__mro__ is int.__mro__, object.__mro__ is object.__mro__)
print([k.__name__ for k in D.__mro__], type(D.__mro__).__name__, D.__mro__ is D.__mro__)
def make():
    class Local(A):
        pass
    return Local
classes = [make() for _ in range(3)]
mros = [k.__mro__ for k in classes]
print(len({id(m) for m in mros}), all(k.__mro__ is m for k, m in zip(classes, mros)))
print(bool.__mro__, bool.__mro__ is bool.__mro__)
