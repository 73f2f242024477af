# types module: MethodType binding, SimpleNamespace, new_class, MappingProxyType, FunctionType checks.
import types
class C:
    def __init__(self): self.v = 10
def get_v(self, add=0):
    return self.v + add
c = C()
c.get = types.MethodType(get_v, c)
print(c.get(), c.get(5), type(c.get).__name__, c.get.__self__ is c, c.get.__func__ is get_v)
print(isinstance(get_v, types.FunctionType), isinstance(c.get, types.MethodType), isinstance(len, types.BuiltinFunctionType))
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
del ns.a
print(ns, hasattr(ns, "a"))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), type(mp).__name__)
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(type(C.__dict__) is types.MappingProxyType)
def body(ns):
    ns["x"] = 42
N = types.new_class("N", (C,), {}, body)
print(N.__name__, N.x, N().v, [k.__name__ for k in N.__mro__])
print(types.resolve_bases((C, int)) == (C, int))
print(type(C.__init__) is types.FunctionType, type(c.__init__) is types.MethodType)
print(isinstance(None, types.NoneType), types.NoneType.__name__, type(NotImplemented) is types.NotImplementedType)
print(type(lambda: 0) is types.LambdaType, isinstance((x for x in ()), types.GeneratorType))
print(isinstance(C.__dict__["__init__"], types.FunctionType), callable(int.__add__), (1).__add__(2))
