# ',' and '_' grouping for decimal ints, with widths and zero padding.
for n in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**15, -(10**15) - 1, 2**100]:
    print(format(n, ","), format(n, "_"), format(n, ",d"), format(n, "_d"), format(n, "+,"), format(n, " _"))
for w in range(1, 14):
    print(w, repr(format(1234, "0%d," % w)), repr(format(-1234, "0%d_" % w)), repr(format(1234567, "0%d," % w)))
print(repr(format(1234, ">12,")), repr(format(1234, "*^12,")), repr(format(-1234, "=12,")), repr(format(1234, "<12_")))
print(repr(f"{123456789:,}"), repr(f"{-987654321:_}"), repr(f"{10**6:010,}"), repr(f"{10**6:011,}"))
for spec in [",_", "_,", ",,", "__"]:
    try:
        print(format(1234, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for spec in [",c", ",n", ",b", ",x", "_c", "_n"]:
    try:
        print(repr(spec), format(1234, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
