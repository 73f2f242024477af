# repr/str of complex numbers including signed zeros, inf and nan.
vals = [0j, -0j, 1j, -1j, -(1j), 1 + 0j, 1 - 0j, -1 + 0j, complex(0, -0.0), complex(-0.0, 0.0),
        complex(-0.0, -0.0), complex(0.0, 0.0), (1 + 2j) * 1j, -(1 + 2j), 0.5 + 1e-7j, 1e16 + 1e-16j,
        1e300j * 10, complex(float("inf"), float("-inf")), complex(float("nan"), 1), complex(1, float("nan")),
        complex(-float("inf"), 0), 2j ** 0.5, 1 / 3 + 2j / 3, 123456789012345678j, 1.5e-320 + 0j,
        complex(1, -2), 3j - 3j, -3j + 3j, 1j * 0, 0 * -1j, -(0j), 0j * -1]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
print([1j, 2 + 0j], (1 - 1j,), {1j: 2j})
print(f"{1 + 2j}", "%s %r" % (3 - 4j, -1j), format(1 + 1j), str(complex()))
print(complex(1.0, 2.0) == complex("1+2j"), repr(complex("-0-0j")), repr(complex("-0j")))
