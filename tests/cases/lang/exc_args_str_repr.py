# str() and repr() of exceptions with zero, one and several arguments of assorted types.
classes = [Exception, ValueError, KeyError, IndexError, StopIteration, SystemExit, OSError, AttributeError, NameError,
           UnicodeError, RuntimeError, GeneratorExit, ArithmeticError]
argsets = [(), ("msg",), ("",), (1,), ("a", "b"), ((1, 2),), (None,), ("it's",), ('say "hi"',), ([1],)]
for cls in classes:
    for args in argsets:
        e = cls(*args)
        print(cls.__name__, args, "|", str(e), "|", repr(e))
e = Exception("x")
e.args = ("changed", 2)
print(str(e), repr(e), e.args)
e.args = [5]
print(str(e), repr(e), type(e.args).__name__)
try:
    e.args = 7
except TypeError as err:
    print(type(err).__name__, err)
print(repr(BaseException(*range(3))))
print(Exception("a\nb"), repr(Exception("a\nb")))
