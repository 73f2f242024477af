# __round__, __trunc__, __floor__, __ceil__ via round(), math.trunc/floor/ceil.
import math
class R:
    def __init__(self, v): self.v = v
    def __round__(self, ndigits=None):
        return ("round", self.v, ndigits)
    def __trunc__(self):
        return ("trunc", self.v)
    def __floor__(self):
        return ("floor", self.v)
    def __ceil__(self):
        return ("ceil", self.v)
r = R(2.5)
print(round(r), round(r, 1), round(r, None), round(r, ndigits=3))
print(math.trunc(r), math.floor(r), math.ceil(r))
class Nothing: pass
for name, f in [("round", round), ("trunc", math.trunc), ("floor", math.floor), ("ceil", math.ceil)]:
    try:
        f(Nothing())
    except TypeError as e:
        print(name, type(e).__name__, e)
class FloatOnly:
    def __float__(self): return 2.7
print(math.floor(FloatOnly()), math.ceil(FloatOnly()))
try:
    round(FloatOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.trunc(FloatOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(7, 0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
class MyFloat(float):
    def __round__(self, n=None):
        return "custom round"
print(round(MyFloat(1.5)), math.floor(MyFloat(1.5)), int(MyFloat(1.5)))
class OnlyRound:
    def __round__(self):
        return "no ndigits"
print(round(OnlyRound()))
try:
    round(OnlyRound(), 2)
except TypeError as e:
    print(type(e).__name__, e)
print(round(10 ** 20 + 0.0), round(15, -1), round(25, -1), round(-15, -1))
