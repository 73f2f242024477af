# __doc__ on classes, functions, methods, properties; not inherited by subclasses; writable.
class A:
    """A's docstring."""
    def m(self):
        """m's docstring."""
    def nodoc(self):
        pass
    @property
    def p(self):
        """p's docstring."""
        return 1
    @staticmethod
    def s():
        "s doc"
    @classmethod
    def c(cls):
        "c doc"
class B(A):
    pass
class NoDoc:
    x = 1
print(A.__doc__, "|", B.__doc__, "|", NoDoc.__doc__)
print(A.m.__doc__, A().m.__doc__, A.nodoc.__doc__, A.p.__doc__, A.s.__doc__, A.c.__doc__)
A.__doc__ = "changed"
print(A.__doc__, A().__doc__)
def f():
    "function doc"
f.__doc__ = f.__doc__.upper()
print(f.__doc__)
class NotFirst:
    x = 1
    """not a docstring"""
print(NotFirst.__doc__)
class FString:
    f"""f-strings are not docstrings"""
print(FString.__doc__)
class Indented:
    """
    Line one.
        Indented line.
    """
print(repr(Indented.__doc__))
print(type(A.__dict__["__doc__"]).__name__, "__doc__" in B.__dict__, B.__dict__["__doc__"])
print(len.__doc__.splitlines()[0], int.__doc__ is not None)
