# Invalid format specs for strings.
for spec in [",", "_", ",s", "+", "-", " ", "+s", "=", "=10", "0=10", "d", "x", "f", "#", "#s", "c", "z", "%", "10,", "<+5"]:
    try:
        print(repr(spec), repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for spec in ["010", "05s", "0<5", "08.2"]:
    try:
        print(repr(spec), repr(format("ab", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    print(f"{'x':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{:,}".format("1000"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format([1, 2], ">10"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(format((1,), "s"))
except TypeError as e:
    print(type(e).__name__, e)
print(repr(format([1, 2], "")), repr(format((), "")), repr(format({1: 2}, "")))
