# Bound methods compare equal when same function and same self (identity); functions hash by identity.
class C:
    def m(self): return 1
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a, b = C(), C()
print(a.m == a.m, a.m == b.m, a.m != b.m, a == b)
print(hash(a.m) == hash(a.m), len({a.m, a.m}), len({a.m, b.m}))
print(C.m == C.m, C.m is C.m, a.m is a.m)
class D(C): pass
d = D()
print(d.m == d.m, C.m is D.m, d.m.__func__ is a.m.__func__)
print(C.__dict__["m"] is C.m, len({C.m, D.m}))
f1 = lambda: 0
f2 = lambda: 0
print(f1 == f1, f1 == f2, hash(f1) == hash(f1))
class K:
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
print(K.cm == K.cm, K.cm is K.cm, K.sm is K.sm, K().sm is K.sm, K().cm == K.cm)
print(print == print, len == len, [].append == [].append)
l = []
print(l.append == l.append, l.append is l.append)
m1 = a.m
del C.m
try:
    a.m
except AttributeError as e:
    print(type(e).__name__, e)
print(m1())
