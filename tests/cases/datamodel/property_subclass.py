# Subclassing property, property with __set_name__-less name, and class-level access.
class loud(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        print("loud get")
        return super().__get__(obj, objtype)
class C:
    def __init__(self):
        self._v = 1
    @loud
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
print(type(C.__dict__["v"]).__name__)
print(C.v)
c = C()
print(c.v)
c.v = 7
print(c.v)
class Cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.func(obj)
        obj.__dict__[self.name] = val
        return val
class W:
    calls = 0
    @Cached
    def heavy(self):
        W.calls += 1
        return W.calls * 100
w = W()
print(w.heavy, w.heavy, W.calls, "heavy" in vars(w))
w2 = W()
print(w2.heavy, W.calls, type(W.heavy).__name__)
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived/" + super().name
print(Derived().name)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    perimeter = property(fget=lambda self: 2 * (self.w + self.h), doc="perim")
k = Computed(3, 4)
print(k.area, k.perimeter, Computed.perimeter.__doc__)
k.w = 10
print(k.area, k.perimeter)
