# The builtin exception tree: every class's direct base and issubclass across branches.
ALL = [BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception,
       ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
       BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError,
       KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError,
       ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
       FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError,
       PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError,
       RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError,
       SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
       UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning,
       ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
       UnicodeWarning, UserWarning]
for cls in ALL:
    print(cls.__name__, "<-", ", ".join(b.__name__ for b in cls.__bases__))
pairs = [
    (ConnectionResetError, ConnectionError), (ConnectionError, OSError), (BrokenPipeError, ConnectionError),
    (TimeoutError, OSError), (ChildProcessError, OSError), (IsADirectoryError, OSError),
    (UnicodeTranslateError, UnicodeError), (UnicodeError, ValueError), (FloatingPointError, ArithmeticError),
    (TabError, IndentationError), (IndentationError, SyntaxError), (SyntaxError, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, Exception),
    (StopAsyncIteration, StopIteration), (StopAsyncIteration, Exception), (ExceptionGroup, BaseExceptionGroup),
    (ExceptionGroup, Exception), (BaseExceptionGroup, Exception), (DeprecationWarning, Warning),
    (Warning, Exception), (LookupError, ValueError), (KeyError, IndexError), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (ProcessLookupError, LookupError), (InterruptedError, OSError), (PermissionError, OSError),
]
for sub, base in pairs:
    print(f"issubclass({sub.__name__}, {base.__name__}) = {issubclass(sub, base)}")
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(bool, BaseException), issubclass(BaseException, object), issubclass(ValueError, (KeyError, Exception)))
print(isinstance(ValueError, type), isinstance(ValueError(), BaseException))
print([c.__name__ for c in ALL if issubclass(c, LookupError)])
print([c.__name__ for c in ALL if issubclass(c, ArithmeticError)])
print([c.__name__ for c in ALL if c.__bases__ == (BaseException,)])
print([c.__name__ for c in ALL if issubclass(c, OSError)])
print(len([c for c in ALL if issubclass(c, Warning)]))
try:
    issubclass(ValueError(), Exception)
except TypeError as e:
    print(type(e).__name__, e)
