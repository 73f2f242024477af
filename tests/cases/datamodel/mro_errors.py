# TypeError for inconsistent MROs and duplicate bases.
class A: pass
class B(A): pass
class X: pass
class Y: pass
tests = [
    lambda: type("C1", (A, B), {}),
    lambda: type("C2", (A, A), {}),
]
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S(object, A): pass
except TypeError as e:
    print(type(e).__name__, e)
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class T(B, A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class Ok(B, A): pass
print([k.__name__ for k in Ok.__mro__])
class F: pass
class G(F): pass
class H(F): pass
try:
    class I(F, G, H): pass
except TypeError as e:
    print(type(e).__name__, e)
class J(G, H, F): pass
print([k.__name__ for k in J.__mro__])
