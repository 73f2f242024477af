# A financial-style report exercising every float presentation type and option.
values = [0.0, -0.0, 1.5, -2.25, 1234567.891, 0.000012345, 1e22, -1e-7, 100.0, 2 / 3]
specs = ["", "f", ".0f", ".3f", "e", ".2E", "g", ".3g", "G", "%", ".1%", "n", "+.2f", " .2f", "010.2f", "<10.1f", ">10.1f",
         "^10.1f", "*^12.2e", ",.2f", "_.2f", "#.0f", "#g", "z.1f", "=+12.3f", "12", ".12g", "r"]
for spec in specs:
    out = []
    for v in values:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append(f"<{type(e).__name__}: {e}>")
    print(f"{spec!r:9}", " | ".join(out))
inf, nan = float("inf"), float("nan")
for spec in ["f", "e", "g", "%", "+f", "010f", "^9", "E", "G", "F"]:
    print(spec, format(inf, spec), format(-inf, spec), format(nan, spec), format(-nan, spec))
print(f"{1e16:f}", f"{1e16:g}", f"{1e16}", f"{123456789012345678.0:,.0f}", f"{0.1:.20f}", f"{2 ** 0.5:.50f}")
