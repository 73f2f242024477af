# property/classmethod/staticmethod/super builtins in a small domain model.
class Temperature:
    _instances = 0
    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature._instances += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} below absolute zero")
        self._c = float(v)
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
    @classmethod
    def count(cls):
        return cls._instances
class Precise(Temperature):
    @property
    def fahrenheit(self):
        return round(super().fahrenheit, 4)
    def __repr__(self):
        return f"{type(self).__name__}({self.celsius})"
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.from_f(212).celsius, Temperature.valid(-300), Temperature.count())
p = Precise.from_f(100)
print(p, p.fahrenheit, type(p).__name__, Precise.count(), isinstance(p, Temperature))
t.celsius = 30
print(t.celsius)
for bad in [lambda: setattr(t, "celsius", -500), lambda: setattr(t, "fahrenheit", 1), lambda: Temperature(-300)]:
    try:
        bad()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.__dict__["celsius"]).__name__, type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["valid"]).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset, callable(Temperature.valid), Precise.__mro__[1].__name__)
