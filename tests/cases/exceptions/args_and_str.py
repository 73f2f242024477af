# Exception args, str() and repr().
cases = [Exception(), Exception("msg"), Exception("a", "b"), Exception(42), ValueError(""),
         KeyError("key"), KeyError("a", "b"), IndexError(1, 2, 3), TypeError(None), OSError(2, "No such file"),
         Exception([1, 2]), ZeroDivisionError("division by zero")]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x", 1)
print(len(e.args), e.args[1])
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args, str(err) == "")
