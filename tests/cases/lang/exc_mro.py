# __mro__, __bases__ and __name__/__qualname__/__module__ of builtin exceptions.
for cls in [FileNotFoundError, UnicodeDecodeError, KeyError, ExceptionGroup, StopAsyncIteration,
            TabError, ModuleNotFoundError, BaseException, SystemExit, ConnectionRefusedError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(ExceptionGroup.__bases__)
print(BaseExceptionGroup.__bases__)
print(KeyError.__qualname__, KeyError.__module__)
class MyErr(KeyError, ArithmeticError):
    pass
print([c.__name__ for c in MyErr.__mro__])
e = MyErr("k")
print(str(e), repr(e), isinstance(e, LookupError), isinstance(e, ArithmeticError))
try:
    raise MyErr("both")
except ArithmeticError as x:
    print("caught as ArithmeticError", repr(x))
try:
    class Bad(KeyError, OSError):
        pass
except TypeError as x:
    print(type(x).__name__, x)
class Local(Exception):
    class Inner(ValueError):
        pass
print(Local.Inner.__qualname__, Local.Inner.__name__, Local.__module__)
print(repr(Local.Inner("z")))
