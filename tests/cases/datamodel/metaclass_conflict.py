# Metaclass conflict errors and derivation of the most-derived metaclass.
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
try:
    class D(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class E(A, C): pass
print(type(E).__name__)
class F(C, A): pass
print(type(F).__name__)
class G(A, metaclass=type): pass
print(type(G).__name__)
try:
    class H(A, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
class I(A, metaclass=M3): pass
print(type(I).__name__)
try:
    type("J", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
K = M1("K", (C,), {})
print(type(K).__name__)
class Plain: pass
class L(Plain, A): pass
print(type(L).__name__)
try:
    M2("N", (A,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(A) is M1, type(M1) is type, type(type) is type, isinstance(M1, type))
