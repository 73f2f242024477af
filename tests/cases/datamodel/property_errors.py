# property errors and edge cases: messages, shadowing, inheritance, exceptions inside getters.
class C:
    @property
    def a(self):
        return 1
    @property
    def b(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "getattr:" + name
c = C()
print(c.a, c.b)
c.__dict__["a"] = "instance"
print(c.a)
class P:
    @property
    def v(self):
        return self._v
p = P()
try:
    p.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.v = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    @P.v.setter
    def v(self, val):
        self._v = val * 10
q = Q()
q.v = 4
print(q.v)
try:
    P().v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class R(Q):
    v = 99
print(R().v, R.v)
class S:
    @property
    def z(self):
        raise ValueError("bad z")
try:
    S().z
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(S(), "a"))
try:
    print(hasattr(S(), "z"))
except ValueError as e:
    print("hasattr propagated", e)
class T:
    x = property()
try:
    T().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    T().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del T().x
except AttributeError as e:
    print(type(e).__name__, e)
