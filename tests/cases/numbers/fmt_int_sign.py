# Sign options + - and space for ints, with fills and zero padding.
for n in [0, 5, -5, 2**64, -(2**64)]:
    print(repr(format(n, "+")), repr(format(n, "-")), repr(format(n, " ")), repr(format(n, "+8")),
          repr(format(n, " 8")), repr(format(n, "+08")), repr(format(n, " 08")), repr(format(n, "-08")),
          repr(format(n, "<+8")), repr(format(n, "^ 8")), repr(format(n, "*=+8")))
for t in "bodxXn":
    print(t, repr(format(10, "+" + t)), repr(format(-10, " " + t)), repr(format(10, " #" + t)),
          repr(format(-10, "+#010" + t)))
print(repr(f"{7:+}"), repr(f"{-7:+}"), repr(f"{7: }"), repr(f"{-7: }"), repr(f"{True:+}"), repr(f"{False: }"))
print(repr(f"{0:+e}"), repr(f"{-0:+.1f}"), repr(f"{10:+%}"), repr(f"{10: g}"))
try:
    print(format(65, "+c"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format(65, " c"))
except ValueError as e:
    print(type(e).__name__, e)
