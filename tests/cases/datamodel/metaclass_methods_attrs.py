# Metaclass methods and attributes are visible on the class but not on its instances.
class Meta(type):
    meta_attr = "from meta"
    def meta_method(cls):
        return "meta_method on " + cls.__name__
    @property
    def meta_prop(cls):
        return "meta_prop of " + cls.__name__
    def __len__(cls):
        return 99
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"
class A(metaclass=Meta):
    cls_attr = "from class"
a = A()
print(A.meta_attr, A.meta_method(), A.meta_prop, len(A))
print(A.cls_attr, a.cls_attr)
print(A.missing_thing)
try:
    a.meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.meta_method()
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(a, "meta_prop"), hasattr(A, "meta_prop"), "meta_attr" in dir(A))
class B(A):
    pass
print(B.meta_method(), B.meta_prop, type(B).__name__)
class Shadow(metaclass=Meta):
    meta_attr = "class wins"
print(Shadow.meta_attr)
class DataMeta(type):
    @property
    def prop(cls):
        return "metaclass data descriptor wins"
class D(metaclass=DataMeta):
    prop = "class dict value"
print(D.prop, D().prop)
print(type(A).meta_method(B), Meta.meta_attr)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Reg.registry.append(name)
class Plugin(metaclass=Reg): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Reg.registry)
