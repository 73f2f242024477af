# Properties with validation, derived properties and deleters on a realistic class.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9
    def __repr__(self):
        return f"Temperature({self._c:.2f})"
t = Temperature(25)
print(t, t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t, t.celsius)
for bad in ["hot", -300, None, 1e400 * 0]:
    try:
        t.celsius = bad
        print("accepted", bad, t)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del t.celsius
print(t)
try:
    Temperature(-500)
except ValueError as e:
    print("ctor:", e)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fdel)
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset.__name__)
class Kelvin(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c, 1)
    @property
    def kelvin(self):
        return self.celsius + 273.15
k = Kelvin(10.04)
print(k.celsius, k.kelvin)
try:
    k.kelvin = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del k.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
