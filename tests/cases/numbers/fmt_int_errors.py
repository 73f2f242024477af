# Invalid format specs for ints produce precise errors.
for spec in [".2", ".0d", ".5x", "s", "r", "a", "y", "j", "5.2d", ".1b", ".3c", ",.2", "z", "zd", "#c",
             "=c", "0c", "010c", "*<", "<<<", "10.x", "1e", "%d", "-+d", "++"]:
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for spec in ["99999999999999999999", ".99999999999999999999f", "9" * 25 + "d"]:
    try:
        print(len(format(1, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(f"{42:{'s'}}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{:q}".format(5))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(True, "s"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(5, 5))
except TypeError as e:
    print(type(e).__name__, e)
