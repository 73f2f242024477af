# Two-argument super(type, obj) and super(type, type2), unbound super.
class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm:" + cls.__name__
class B(A):
    def who(self):
        return "B"
class C(B):
    def who(self):
        return "C"
c = C()
print(super(C, c).who(), super(B, c).who())
try:
    super(A, c).who()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(C, C).who(c))
print(super(C, C).cm(), super(B, c).cm())
s = super(C, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
s2 = super(B, C)
print(s2.__thisclass__.__name__, s2.__self__ is C, s2.__self_class__.__name__)
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__, e)
u = super(B)
print(type(u).__name__, u.__thisclass__.__name__, u.__self__)
m = super(B, c).who
print(m(), m.__self__ is c, m.__func__ is A.who)
class D(C):
    def who(self):
        return [super(k, self).who() for k in (D, C, B)]
print(D().who())
