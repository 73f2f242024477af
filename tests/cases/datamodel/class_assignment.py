# Assigning obj.__class__ to change an instance's type; restrictions.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only B"
a = A()
a.data = 1
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), a.only_b(), type(a).__name__, isinstance(a, B), isinstance(a, A), a.data)
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)
class S3:
    __slots__ = ("x",)
s.x = 10
s.__class__ = S3
print(type(s).__name__, s.x)
class State:
    def handle(self): return "idle"
    def next(self): self.__class__ = Running
class Running(State):
    def handle(self): return "running"
    def next(self): self.__class__ = State
st = State()
out = []
for _ in range(4):
    out.append(st.handle())
    st.next()
print(out)
print(a.__class__ is type(a), A().__class__.__name__)
