# bin/oct/hex and str of negative and huge ints, and int round trips.
for n in [0, 1, -1, 7, -8, 255, -256, 2**31, -(2**63), 2**64 - 1, 2**100, -(3**70)]:
    print(bin(n), oct(n), hex(n))
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
for n in [10**k for k in range(0, 40, 3)]:
    print(n, -n, hex(n), format(n, "o"))
print(hex(2**256 - 1))
print(bin(0xDEADBEEF), oct(0o1234567012345670), hex(0o777))
print(format(-255, "x"), format(-255, "#x"), format(-255, "#X"), format(-255, "#o"), format(-255, "#b"))
print(str(-0), repr(-0), str(0b0), repr(True), repr(2**64))
class MyIdx:
    def __index__(self):
        return 255
print(bin(MyIdx()), oct(MyIdx()), hex(MyIdx()))
for bad in [1.0, "1", None]:
    try:
        print(hex(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(int.__repr__(5), int.__str__(-5), (2**70).__repr__())
