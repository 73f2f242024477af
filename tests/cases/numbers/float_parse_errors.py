# float(str) rejects malformed strings with a precise message.
for s in ["x", "", " ", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "1._5", "1e_5", "--1", "+-1", "1 2",
          "infinit", "infinityy", "nana", "in f", "1,5", "0x1p3", "1j", "None", ".", "-", "1.5f",
          "1e5.0", "\x00", "١.٥x"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [b"abc", bytearray(b"1x")]:
    try:
        print(float(v))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], 1j, {}]:
    try:
        print(float(v))
    except TypeError as e:
        print(type(e).__name__, e)
long = "1" * 120 + "z"
try:
    float(long)
except ValueError as e:
    print(type(e).__name__, len(str(e)))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
