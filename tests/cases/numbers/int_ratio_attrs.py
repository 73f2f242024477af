# as_integer_ratio, is_integer, numerator/denominator/real/imag, conjugate on ints and bools.
for n in [0, 1, -1, 42, -42, 2**100, -(3**90), True, False]:
    print(n, n.as_integer_ratio(), n.is_integer(), n.numerator, n.denominator, n.real, n.imag,
          n.conjugate(), type(n.real).__name__, type(n.conjugate()).__name__,
          type(n.as_integer_ratio()[0]).__name__)
print(int.is_integer(5), (7).real == 7, (5).imag == 0, (2**80).imag, (-2**80).real)
print(abs(-(2**70)).numerator, (-5).__abs__(), (5).__neg__(), (5).__pos__(), (5).__invert__())
print((17).__floordiv__(5), (17).__mod__(5), (17).__rsub__(3), (2).__rpow__(3), (2).__pow__(10, 1000))
print((5).__add__(1.5), (5).__truediv__(2), (5).__radd__(2), (5).__eq__(5.0))
print((3).__index__(), (3).__int__(), (3).__float__(), (3).__round__(), (3).__trunc__(), (3).__floor__(), (3).__ceil__())
print((1234).__round__(-2), (-1250).__round__(-2), (1350).__round__(-2))
print((5).__bool__(), (0).__bool__(), (5).__sizeof__() > 0)
print(int.__abs__(-3), int.__neg__(True), int.__lt__(3, 4), int.__lt__(3, 4.5))
print((10).__divmod__(3), (10).__rdivmod__(3), (10).__lshift__(2), (10).__rrshift__(100))
print((7).__getnewargs__(), (7).__format__("03"), (255).__format__("x"))
try:
    (5).real = 6
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).numerator = 6
except AttributeError as e:
    print(type(e).__name__, e)
