# Negative zero: repr, comparisons, arithmetic.
nz = -0.0
print(nz, repr(nz), str(nz), nz == 0, nz < 0, str(nz) == "-0.0")
print(0.0 * -1, -1 * 0.0, 0.0 / -1, -0.0 / 5, abs(-0.0))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 + -0.0, 0.0 - 0.0)
print(round(-0.4), round(-0.4, 1), round(-0.04, 1), int(-0.0))
print(f"{-0.0}", f"{-0.0:.2f}", f"{-0.0:+}", format(-1e-10, ".3f"))
print(float("-0"), -0.0 ** 2, (-0.0) ** 2, max(-0.0, 0.0), min(0.0, -0.0))
print([1.0, -0.0, 0.0].index(0.0), (-0.0).hex(), (-0.0).as_integer_ratio())
print(-0.0 == -0, {0.0: "a"}[-0.0] if True else None)
d = {}
d[0.0] = 1
d[-0.0] = 2
print(d)
