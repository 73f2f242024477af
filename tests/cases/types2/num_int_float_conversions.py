# int/float conversions in parsing user input: int(), float(), truncation, is_integer, huge values.
inputs = ["42", " -7 ", "3.0", "3.9", "-3.9", "1e3", "1_000", "0x10", "inf", "-Infinity", "nan", "", "12abc", "١٢", "+0", "-0.0", "1e400", ".5", "5."]
for s in inputs:
    res = []
    for conv in (int, float):
        try:
            res.append(repr(conv(s)))
        except ValueError as e:
            res.append(f"{type(e).__name__}({e})")
    print(repr(s), *res)
for x in [3.0, 3.5, -0.0, 1e20, 2.0 ** 53 + 1, float("inf")]:
    try:
        print(x, x.is_integer(), int(x))
    except OverflowError as e:
        print(x, type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int(2 ** 53 + 1.0), float(2 ** 53 + 1), float(10 ** 308), int(1e308) == 10 ** 308, (10 ** 308) < 1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 3 % 1000, 10 ** 400 > float("inf"), 10 ** 400 < float("inf"), 2 ** 1024 == float("inf"))
print(int(True), float(False), int(-2.5), int("  12  "), float("  1.5\n"), int(7.999999999999999), int(7.9999999999999999))
print(int(3.7) + int(-3.7), 7 // 2, -7 // 2, int(-7 / 2), round(-7 / 2))
class Celsius:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v * 1.0
    def __int__(self):
        return int(self.v)
    def __index__(self):
        return int(self.v)
c = Celsius(21.7)
print(float(c), int(c), hex(c), bin(c), [10, 20, 30][Celsius(1.2)], range(10)[Celsius(3)])
