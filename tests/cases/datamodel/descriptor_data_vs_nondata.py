# Data descriptors beat instance __dict__; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, typ=None):
        return ("Data.get", obj is None, typ.__name__)
    def __set__(self, obj, value):
        print("Data.set", value)
class NonData:
    def __get__(self, obj, typ=None):
        return ("NonData.get", obj is None, typ.__name__)
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.set", value)
class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.delete")
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
    x = DelOnly()
c = C()
print(c.d, c.n)
print(C.d, C.n)
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
print(c.d, c.n)
c.d = 5
c.n = 6
print(c.__dict__)
print(type(c.s).__name__)
c.s = 1
c.__dict__["s"] = "inst-s"
print(c.s)
c.__dict__["x"] = "inst-x"
print(c.x)
del c.x
print(c.__dict__.get("x"))
try:
    c.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
del c.n
print(c.n)
try:
    del c.n
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)
C.n = "replaced on class"
print(c.n)
class D(C):
    pass
print(D().d, D.d[2])
C.d = 1
print(c.d, D().d)
