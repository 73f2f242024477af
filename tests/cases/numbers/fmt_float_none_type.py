# Float format with no presentation type: like repr when no precision, like 'g' with at least one digit after point.
vals = [0.0, -0.0, 1.0, 1.5, 100.0, 1e15, 1e16, 1e17, 1.23e-5, 0.0001, 12345678901234567.0, 0.1 + 0.2,
        1e100, 5e-324, 2.5, 3.0, 123456.789]
for v in vals:
    print(repr(v), format(v, ""), format(v, ".1"), format(v, ".2"), format(v, ".5"), format(v, ".0"), format(v, "10"),
          format(v, ".17"), format(v, "#"), format(v, "#.3"), format(v, ","))
print(format(1.0, ".0"), format(10.0, ".1"), format(100.0, ".2"), format(1e16, ".16"), format(1e16, ".17"))
print(format(12.0, ".3"), format(120.0, ".3"), format(1200.0, ".3"), format(0.00012, ".3"), format(1e-5, ".3"))
print(str(1e16), f"{1e16}", f"{1e16:}", f"{1e16:.1}", "{}".format(1e16), "{:}".format(1.0), f"{2.0:5}|")
print(format(float("inf"), ""), format(float("nan"), ".3"), format(-float("inf"), "10") + "|")
print(format(1234567.0, ","), format(1234567.5, "_"), format(-1e16, ","), format(1e20, ","), format(0.5, ","))
