# hex/oct/bin builtins for file-permission and register displays, with __index__ objects and negatives.
for mode in [0o755, 0o644, 0o4755, 0o777, 0]:
    perm = ""
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 7
        perm += ("r" if bits & 4 else "-") + ("w" if bits & 2 else "-") + ("x" if bits & 1 else "-")
    print(oct(mode), perm, bin(mode), hex(mode), f"{mode:04o}")
for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100)]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16) == n, int(oct(n), 0) == n, int(bin(n), 0) == n)
class Reg:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
r = Reg(48879)
print(hex(r), oct(r), bin(r), hex(True), bin(False))
for bad in [1.0, "10", None, [1]]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hex(255).upper(), hex(255)[2:].zfill(4), "0x" + format(255, "04x"), format(-255, "#06x"), bin(5)[2:].rjust(8, "0"))
