# except* with nested groups, naked exceptions, tuples of types and leftovers.
def run(exc, label):
    try:
        try:
            raise exc
        except* (KeyError, IndexError) as g:
            print(label, "lookup part:", repr(g))
        except* ValueError as g:
            print(label, "value part:", [str(e) for e in g.exceptions])
    except BaseException as rest:
        print(label, "left over:", type(rest).__name__, repr(rest))
    else:
        print(label, "all handled")
run(ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [KeyError("k"), TypeError("t")])]), "nested")
run(KeyError("solo"), "naked")
run(TypeError("other"), "unmatched")
run(ExceptionGroup("vals", [ValueError("1"), ValueError("2")]), "values")
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.split(TypeError)[1].exceptions)
for args in [("x", []), ("x", 5), (5, [ValueError()]), ("x", [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    try:
        raise ValueError("v")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)
