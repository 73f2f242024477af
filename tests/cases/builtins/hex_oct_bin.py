# hex, oct, bin and their round trips.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, -(2 ** 64), 10 ** 20]:
    print(n, hex(n), oct(n), bin(n))
    assert int(hex(n), 16) == n and int(oct(n), 8) == n and int(bin(n), 2) == n
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), oct(Idx()), bin(Idx()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
