# Truthiness and bool conversion of floats.
for v in [0.0, -0.0, 1e-320, 0.1, -1.0, float("inf"), float("nan")]:
    print(repr(v), bool(v), "yes" if v else "no", not v)
print(0.0 or "default", 1.5 or "default", 0.0 and 1, 2.0 and 3.0)
print(any([0.0, 0.0]), any([0.0, 1e-10]), all([1.0, 2.0]), all([1.0, 0.0]))
print(len([x for x in [0.0, 0.1, -0.0, 2.0] if x]))
print(int(bool(0.5)), float(bool(0.0)))
vals = [0.0, 1.0, 0.5, -0.0]
print([bool(v) for v in vals], [v for v in vals if not v])
x = 0.0
while not x:
    x += 0.25
print(x)
print(bool(1e-323 / 10), bool(1e-323 / 100))
