# Catching via base classes.
tests = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (FileNotFoundError, OSError), (UnboundLocalError, NameError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
         (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
         (Exception, BaseException), (UnicodeDecodeError, ValueError), (AssertionError, Exception)]
for sub, base in tests:
    print(sub.__name__, base.__name__, issubclass(sub, base))
try:
    {}["missing"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    1 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
print([c.__name__ for c in ZeroDivisionError.__mro__])
