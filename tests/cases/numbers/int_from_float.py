# int() of floats truncates toward zero; huge floats convert exactly.
for f in [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, 1.5, -1.5, 2.5, -2.5, 1e15 + 0.5,
          2.0**52 + 0.5, 2.0**53, 2.0**53 + 2, 1e16, 1e20, -1e20, 1e22, 1e23, 1.7976931348623157e308,
          5e-324, 123456789.987654321, -9.99]:
    print(repr(f), int(f))
print(int(1e300) == 10**300, int(1e300) - 10**300, int(2.0**1000) == 2**1000)
print(len(str(int(1e308))), str(int(1e308))[:20])
print(int(-1.7976931348623157e308) == -(2**1024 - 2**971))
import math
print(math.trunc(-7.9), math.floor(-7.9), math.ceil(-7.1), round(-7.5), round(7.5))
print(math.floor(1e20), math.ceil(-1e20), type(math.floor(2.5)).__name__)
print(int(True), int(False), int(-True), int(3), int(-(2**70)))
class F(float):
    pass
print(int(F(3.7)), int(F(-2.2)))
class HasInt:
    def __int__(self):
        return 42
class HasIndex:
    def __index__(self):
        return 7
print(int(HasInt()), int(HasIndex()), int("12", HasIndex()))
