# Sets containing negative ints and mixes of signs.
print({-1, -2, -3, 0, 1, 2, 3})
print({-1, -2})
print({-2, -1})
print({-5, 5, -10, 10, -100, 100})
print(set(range(-10, 11, 3)))
print({-(2**62), 2**62, -(2**61), -(2**63), 7})
print({-1024, -512, -256, 1, -8})
s = {-7, -14, -21, -28, -35, -42}
print(s, sorted(s))
s = set()
for i in range(-20, 20, 7):
    s.add(i)
    s.add(-i * 3)
print(s)
print({-1.5, -0.5, 0.5, -2.0}, {-1j, 1j, -1 - 1j})
print(set(x * (-1) ** x for x in range(15)))
print({-(10**20), 10**20, -1, -2})
print(frozenset({-3, -2, -1}) | frozenset({-4}), {-9, -8} ^ {-8, -7})
