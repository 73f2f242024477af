# types: SimpleNamespace (repr, equality, mutation) and the builtin type names.
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
print(types.SimpleNamespace(z=3), vars(ns))
try:
    types.SimpleNamespace({"k": 2})
except TypeError as e:
    print(e)
ns.me = 5; print(ns)
del ns.me; print(ns)
try:
    hash(ns)
except TypeError:
    print('unhashable')
def f(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType),
      isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType), types.NoneType, isinstance(lambda: 0, types.LambdaType))
K = types.new_class("K", (C,), {}, lambda d: d.update(x=5)); print(K.x, K.__mro__[1] is C, K.__name__)
class Sub(types.SimpleNamespace): pass
print(Sub(q=1))
