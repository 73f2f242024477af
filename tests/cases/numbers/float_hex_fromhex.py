# float.hex and float.fromhex.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 2.0, 3.0, 1e300, 1e-300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 1 / 3, 255.0, float("inf"), float("-inf"), float("nan")]:
    h = v.hex()
    print(repr(v), h, repr(float.fromhex(h)))
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x10", "0xa.8", "1p4", "0x.8",
          "0x1.0000000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1074", "0x1p-1075",
          "0x1.8p-1075", "  0x1p1  ", "inf", "-Infinity", "nan", "0x0p0", "-0x0p0", "0x1_0p0", "0x1p+02",
          "0x1P-2", "0x7ffp-2", "0xABCDEFp0"]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["0x", "0xg", "", "0x1p", "1.2.3", "0x1q3", "0x1p1.5"]:
    try:
        print(float.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["0x1p1024", "0x2p1023", "-0x1p99999"]:
    try:
        print(float.fromhex(s))
    except OverflowError as e:
        print(repr(s), type(e).__name__, e)
