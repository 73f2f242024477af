# Format specs applied to complex numbers.
vals = [1 + 2j, -1.5 - 2.25j, 1j, -1j, 0j, complex(-0.0, 0.0), 3 + 0j, 1e20 + 1e-20j, 1 / 3 + 2j / 3,
        complex(float("inf"), float("nan"))]
for z in vals:
    print(repr(z), format(z, ""), format(z, ".2f"), format(z, "e"), format(z, ".3g"), format(z, "g"),
          format(z, "+.1f"), format(z, " .1f"), format(z, "20") + "|", format(z, "<20.2f") + "|", format(z, "^22.2e") + "|")
for z in vals[:4]:
    print(format(z, ".1"), format(z, ".0"), format(z, "#.0f"), format(z, ",.1f"), format(z, "*>20") + "|", format(z, "F"),
          format(z, "E"), format(z, "G"), format(z, "n"))
print(format(1234567 + 7654321j, ","), format(1234567.5 - 1j, "_.1f"), f"{1+2j:>15}|", f"{1+2j!r:>12}|")
for spec in ["%", "d", "x", "c", "=10", "010", "010.2f", "=^10", "s", "b"]:
    try:
        print(repr(spec), repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
