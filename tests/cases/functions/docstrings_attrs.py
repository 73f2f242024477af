# Function attributes: __name__, __doc__, __defaults__, __kwdefaults__, custom attrs.
def documented(a, b=2, *, c=3):
    """Add three numbers."""
    return a + b + c
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
def undocumented():
    pass
print(undocumented.__doc__, undocumented.__defaults__, undocumented.__kwdefaults__)
documented.calls = 0
documented.calls += 1
print(documented.calls)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_name)
print(documented.__qualname__)
class C:
    def method(self):
        "method doc"
        return 1
    def nested(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C.method.__doc__, C().nested().__qualname__)
print((lambda: 1).__qualname__, documented.__module__)
