# repr() and ascii() of builtin values and custom __repr__.
vals = [1, -0.0, 1e16, 1.5e-7, float("inf"), float("nan"), 2**70, True, None, ..., NotImplemented, 1j, -1.5j, "s", b"b", bytearray(b"ba"),
        [], [1, [2]], (), (1,), (1, 2), {}, {1: "a"}, set(), {1}, frozenset(), frozenset({2}), range(3), range(1, 5, 2), slice(1, 2), int, str, type(None)]
for v in vals:
    print(repr(v), ascii(v))
print(repr(len), repr(print), repr(object), repr(type), repr(Exception("msg")), repr(ValueError()), repr(KeyError("k", 2)))
class A:
    def __repr__(self):
        return "A()"
class B:
    def __repr__(self):
        return "Bé"
class C:
    def __str__(self):
        return "only str"
print(repr(A()), ascii(B()), str(A()), [A(), B()], ascii([B()]), {"k": A()}, (A(),))
print(repr(C()).startswith("<__main__.C object at"), str(C()), repr(A), repr(C).endswith("C'>"))
class D(int):
    pass
class E(list):
    pass
class F(dict):
    pass
class G(str):
    pass
print(repr(D(5)), repr(E([1])), repr(F(a=1)), repr(G("g")), repr(type(D(1))))
class Boom:
    def __repr__(self):
        raise RuntimeError("repr failed")
try:
    repr([Boom()])
except RuntimeError as e:
    print(type(e).__name__, e)
class NotStr:
    def __repr__(self):
        return b"bytes"
try:
    repr(NotStr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(repr), repr("a'b\"c"), repr('a"b'), ascii("\x00\u1234\U00012345"))
