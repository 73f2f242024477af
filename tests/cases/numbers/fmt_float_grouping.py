# ',' and '_' thousands separators with floats, widths and zero padding.
for v in [0.0, 1.5, 1234.5, -1234.5, 1234567.891, 12345678.9, 1e15, 1e16, -9876543.21, 0.000123]:
    print(format(v, ","), format(v, "_"), format(v, ",.2f"), format(v, "_.3f"), format(v, ",.2e"), format(v, ",g"),
          format(v, "_.10g"), format(v, ",%"))
for w in range(8, 16):
    print(w, repr(format(1234.5, "0%d,.1f" % w)), repr(format(-1234.5, "0%d_.2f" % w)), repr(format(1234567.0, "0%d," % w)))
print(repr(format(1234.5, ">15,.2f")), repr(format(1234.5, "*^15_.1f")), repr(format(-1234.5, "=+15,.1f")))
print(repr(f"{1e6:,.0f}"), repr(f"{1e6:_.0f}"), repr(f"{-1e6:,}"), repr(f"{123456.0:,}"), repr(f"{1e100:,.0f}"[:30]))
print(repr(f"{float('inf'):,}"), repr(f"{float('nan'):_.2f}"), repr(f"{-0.0:,.3f}"))
for v in [999.995, 999999.5, 1e-5, 123456789012345.678]:
    print(format(v, ",.2f"), format(v, "_.0f"), format(v, ",.3g"), format(v, ",e"), format(v, ",.15g"))
print(repr(format(1234567.0, ",.0f")), repr(format(1234567.0, "#,.0f")), repr(format(-1234567.0, "+,.1%")))
print(repr("{:,.2f}".format(-0.004)), repr("{:,.2f}".format(-0.005)), repr("{:z,.2f}".format(-0.004)))
for spec in [",,f", "_,f", ",n", "0,=15.2f"]:
    try:
        print(repr(spec), repr(format(1234.5, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(repr(format(1234.5, "e^+20,.3f")), repr(format(1234.5, "020,.1f")))
