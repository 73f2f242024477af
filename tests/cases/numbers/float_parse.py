# float(str) accepts many spellings.
for s in ["1", "-1", "+1.5", "  2.5  ", "\t3e2\n", "1e-3", "1E+3", ".5", "5.", "-.5e1", "1_000.5",
          " 1_000.5 ", "1_0e1_0", "inf", "-inf", "+inf", "Infinity", "-Infinity", "iNfInItY", "INF",
          "nan", "-nan", "NaN", "+NAN", "0", "-0", "-0.0", "00012.5000", "1e500", "-1e500", "1e-500",
          "4.9e-324", "2.4e-324", "2.5e-324", "0x10", "１.５", "\u00a01.5\u2003", "1.7976931348623159e308",
          "1.7976931348623158e308", "9007199254740993", "0.1000000000000000055511151231257827"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(7), float(-2**70), float(True), float(b"1.25"), float(bytearray(b" -3 ")))
class HasFloat:
    def __float__(self):
        return 2.5
class HasIndex:
    def __index__(self):
        return 9
print(float(HasFloat()), float(HasIndex()))
print(float.fromhex("0x1p-1074"), float("0." + "0" * 400 + "1"), float("1" + "0" * 400) == float("1e400"))
