# C3 linearization of various hierarchies.
def names(c):
    return " ".join(k.__name__ for k in c.__mro__)
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for k in (K1, K2, K3, Z):
    print(k.__name__, "->", names(k))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
print(names(P), "|", names(Q))
class F(O): pass
class G(O): pass
class H(F, G): pass
class I(G): pass
class J(H, I): pass
print(names(J))
class Boat: pass
class DayBoat(Boat): pass
class WheelBoat(Boat): pass
class EngineLess(DayBoat): pass
class SmallMultihull(DayBoat): pass
class PedalWheelBoat(EngineLess, WheelBoat): pass
class SmallCatamaran(SmallMultihull): pass
class Pedalo(PedalWheelBoat, SmallCatamaran): pass
print(names(Pedalo))
print(Pedalo.mro() == list(Pedalo.__mro__))
class Meta(type):
    def mro(cls):
        return [cls] + [k for k in super().mro() if k is not cls][::-1]
class R(X, Y, metaclass=Meta): pass
print(names(R))
