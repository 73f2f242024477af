# Unary plus, minus, invert, not.
for v in [0, 1, -1, 2 ** 70, -(2 ** 70), 3.5, -0.0, True, False]:
    print(repr(v), -v, +v, not v)
for v in [0, 1, -1, 2 ** 70, -(2 ** 70) - 1]:
    print(repr(v), ~v)
print(- - 5, - + - 5, ~~7, not not 3)
print(-(-9223372036854775808))
try:
    -"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
print(-0.0 == 0.0, repr(-0.0), repr(-(0.0)), repr(-0))
