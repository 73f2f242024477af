# Complex equality and hashing against ints and floats; complex as dict/set keys.
pairs = [(1 + 0j, 1), (1 + 0j, 1.0), (0j, 0), (-0j, 0.0), (2.5 + 0j, 2.5), (1j, 0), (complex(2**53, 0), 2**53),
         (complex(2**53, 0), 2**53 + 1), (complex(1e300, 0), 10**300), (complex(float("nan"), 0), float("nan"))]
for z, x in pairs:
    print(repr(z), repr(x), z == x, x == z, z != x, hash(z) == hash(x) if z == x else "-")
print(hash(1j), hash(2j), hash(-1j), hash(1 + 1j), hash(3 + 4j), hash(complex(0.5, 0.25)), hash(complex(-1, -1)))
print(hash(complex(2**61, 1)), hash(complex(1, 2**61)), hash(complex(1e300, 1e-300)))
d = {1j: "i", 1: "one", 1 + 0j: "complex one", 0.5j: "half"}
print(d, d[1.0], d.get(1j), d.get(complex(0, 1)))
s = {1j, 2j, 3j, 1 + 0j, 1, 1.0, 0j, 0}
print(len(s), sorted(s, key=lambda c: (complex(c).real, complex(c).imag)))
print({1j, -1j, 2j, -2j})
print((1 + 2j) in [1 + 2j], 2j in {2j: 0}, complex(0, 2) in {2j}, [1j].index(complex(0, 1)))
print(1j.__eq__(1j), (1j).__ne__(2), (1 + 0j).__eq__(True), complex.__eq__(1j, None))
