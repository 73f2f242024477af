# Integer formatting specs in a register dump / report: b o x X c d n, grouping, sign, alignment, #.
regs = {"pc": 0x401000, "sp": 0x7FFFFFF0, "flags": 0b1000010011, "count": 1234567, "neg": -42, "zero": 0, "ch": 9731}
for name, v in regs.items():
    print(f"{name:>5}: {v:#010x} {v:>12,d} {v:_b} {v:o} {v:#X} {v:+d} {v: d} {v:=+12_d}")
print(f"{regs['ch']:c}", f"{65:c}{66:c}", format(0x1F600, "c"), f"{10:n}", f"{1234567:n}")
for spec in ["", "d", "5d", "<5d", "^5d", ">5d", "05d", "+05d", "=+8d", "x^9d", ",d", "_x", "#o", "#b", "08b", "#08b", ".3", ",.2f", "e", "%", "g"]:
    try:
        print(f"{spec!r:8}", repr(format(1234, spec)), repr(format(-7, spec)))
    except ValueError as e:
        print(f"{spec!r:8}", type(e).__name__, e)
for bad in ["s", ",c", "#c", "+c", ".2d", ",b", "z d"]:
    try:
        print(repr(format(65, bad)))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(f"{2 ** 100:,}", f"{-2 ** 64:_x}", f"{255:#_b}", f"{True:d}", f"{False:#x}", f"{10 ** 25:e}", f"{7:.2%}")
