# bin/oct/hex with negatives, big ints, bools, __index__ and errors.
for n in [0, 1, -1, 255, -255, 2**64, -2**100, True, False, 10**30]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for bad in [1.5, "10", None, [1], 1j]:
    for f in (bin, oct, hex):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(int(bin(-37), 2), int(oct(99), 8), int(hex(-4096), 16), int(hex(2**70), 0))
print(format(255, "b"), format(255, "#o"), format(255, "X"), format(-255, "#x"), f"{10:#b}", f"{10:08b}", f"{2**40:_x}", f"{-1:#010b}")
try:
    hex()
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    hex(BadIndex())
except TypeError as e:
    print(type(e).__name__, e)
