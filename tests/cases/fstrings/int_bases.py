# Integer presentation types x, o, b, X, c, d, n.
for n in [0, 1, 10, 255, 256, -255, 2 ** 40]:
    print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#X} {n:#o} {n:#b} {n:d}")
print(f"{65:c}{66:c}{0x1F600:c}", f"{255:08b}", f"{255:#010b}", f"{5:#06x}", f"{-5:#06x}")
print(f"{255:>10x}|{255:<10X}|{255:^#10o}|")
print(f"{12345:n}", f"{True:d}", f"{False:b}")
try:
    f"{3.5:x}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
