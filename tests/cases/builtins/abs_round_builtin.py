# abs and round builtins.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(-0.5), round(0.5))
print(round(7.123456, 3), round(7, 3), round(1e15 + 0.5), round(2 ** 60, -5))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(2, 1)).__name__)
class R:
    def __round__(self, n=None):
        return f"rounded with {n}"
print(round(R()), round(R(), 2))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
