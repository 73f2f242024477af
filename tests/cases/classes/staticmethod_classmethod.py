# @staticmethod and @classmethod.
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
    def __repr__(self):
        return f"{type(self).__name__}({self.deg})"
print(Temp.from_f(212), Temp.from_f(32), Temp.c_to_f(100), Temp(5).c_to_f(0))
class Kelvin(Temp):
    unit = "K"
print(Kelvin.from_f(50), Kelvin.describe(), Temp.describe(), Kelvin(1).describe())
print(type(Kelvin.from_f(0)).__name__)
