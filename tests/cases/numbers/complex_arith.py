# Complex arithmetic with ints, floats and other complexes.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, b / a, -a, +b, a * 1j, a * -1j, 1j * 1j, (1j) ** 2)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, a * 0, 0 * a, a * 0.0)
print(a == 3 + 4j, a != b, a == complex(3, 4), (5 + 0j) == 5, 5.0 == 5 + 0j, (1 + 1j) == 1)
z = 1 + 1j
for _ in range(5):
    z = z * z + (0.1 - 0.2j)
    print(z)
print((1 + 2j) * (3 + 4j), (1 + 2j) / (3 + 4j), (1e200 + 1e200j) * (1e200 + 1e200j))
print((1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / (1e-300 + 1e-300j), (2 + 0j) / (0 + 1j))
print(complex(1, 2).real, complex(1, 2).imag, type((1j).real).__name__, (2 + 3j).conjugate())
x = 2 + 3j
x += 1
x *= 1j
x -= 0.5j
x /= 2
print(x)
print(sum([1j, 2, 3.5, 1 - 1j]), sum([0.1j] * 10))
print(True + 1j, 1j * True, 1j - False, divmod.__name__)
for op in ["//", "%"]:
    try:
        print(eval("a " + op + " b"))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(divmod(a, b))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a < b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a + "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int(a))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(float(1 + 0j))
except TypeError as e:
    print(type(e).__name__, e)
