# Round-half-even and representation effects.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.25, 0.35, 0.45, 1.25, 2.345, 2.355]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(1e300, -299), round(123.456, -1), round(-123.456, -2))
print(round(5e-324, 400) if False else round(0.1, 20), round(1.0, 300))
print(round(float("inf")) if False else "no-round-inf")
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
