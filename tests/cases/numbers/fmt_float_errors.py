# Invalid float format specs.
for spec in ["d", "b", "x", "X", "o", "c", "s", "r", "y", "#d", ",d", "_b", "=", "10.2d", ",_", "_,", ".f", "..2f",
             ".-1f", "%f", "f.2", "2f.", "+-f", "#,", ",.2n", "_n"]:
    try:
        print(repr(spec), repr(format(1.5, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for v in [float("inf"), -0.0, 2.5]:
    for spec in ["n", ".2n", "010n"]:
        print(repr(v), spec, repr(format(v, spec)))
try:
    print(f"{3.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{:x}".format(2.0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(1.0, ".%df" % (10**10)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("%d" % "x")
except TypeError as e:
    print(type(e).__name__, e)
print("%d %i" % (3.99, -2.5))
try:
    print("%x" % 255.0)
except TypeError as e:
    print(type(e).__name__, e)
