# The 'z' option (3.11+) coerces negative zero after rounding to positive zero.
for v in [-0.0, 0.0, -0.001, -0.004, -0.005, -0.5, -0.49, -1e-300, -1.0, 1e-10, -0.0000001]:
    print(repr(v), format(v, ".2f"), format(v, "z.2f"), format(v, "z.0f"), format(v, "+z.1f"), format(v, " z.1e"),
          format(v, "z.3g"), format(v, "z"), format(v, "z.1%"), format(v, "z.1"), format(v, "z.0F"))
print(format(-0.0, "z"), format(-0.0, "z10.1f") + "|", format(-0.0, "*<z8.1f") + "|", format(-0.0, "z08.2f"))
print(format(complex(-0.0, -0.0), "z.1f"), format(complex(-0.001, 0.001), "z.2f"), format(-0.0j, "z"))
print(f"{-0.0:z.1f}", f"{-1e-9:z.3e}", f"{-1e-9:z.3g}", f"{-0.4:z.0f}", f"{-0.6:z.0f}")
for bad in ["zd", "z", "zx", "zs"]:
    for val in [5, "s"]:
        try:
            print(repr(bad), repr(val), format(val, bad))
        except ValueError as e:
            print(repr(bad), repr(val), type(e).__name__, e)
print("%.1f" % -0.01, "{:z.1f}".format(-0.01), "{:.1f}".format(-0.01))
