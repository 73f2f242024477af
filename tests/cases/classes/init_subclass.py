# __init_subclass__: implicit classmethod bound to the new class; object.__init_subclass__
# ends the super() chain and rejects leftover keyword arguments.
class B:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class C(B, x=1): pass
class D(C): pass
class E:
    @classmethod
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = cls.__name__.lower()
class F(E): pass
print(F.tag)
try:
    class G(x=1): pass
except TypeError as e:
    print(e)
class H(E, y=2): pass
print(H.tag, 'object' in repr(object.__init_subclass__) or True)
