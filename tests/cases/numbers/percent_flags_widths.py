# Combined %-format flags, widths and precisions on many values.
rows = []
for flags in ["", "-", "+", " ", "0", "#", "-+", "+0", "-0", " 0", "#0", "-#"]:
    for conv in "dxof":
        fmt = "%" + flags + "9.3" + conv if conv == "f" else "%" + flags + "7" + conv
        rows.append("%-8s[%s][%s]" % (fmt, fmt % 42, fmt % -42))
for i in range(0, len(rows), 4):
    print(" ".join(rows[i:i + 4]))
for prec in range(0, 6):
    print(prec, "[%.*d][%.*x][%.*e][%.*g][%.*s]" % (prec, 7, prec, 255, prec, 1234.5, prec, 1234.5, prec, "abcdefg"))
for fmt, args in [("[%5%]", ()), ("[%5%]", (1,)), ("[%%][%s]", ("x",)), ("[%-5%]", (2,))]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%3d|%-3d|%03d" % (12345, 12345, 12345), "%.0d|%.0x" % (0, 0), "%#.0o|%#.3o" % (0, 8))
print("[%20.10f][%-20.3e][%020.5g]" % (3.141592653589793, 3.141592653589793, 3.141592653589793))
