# __index__ lets objects act as ints in slicing, bin/hex, range, and sequence repetition.
class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
seq = list(range(10))
print(seq[N(2)], seq[N(1):N(8):N(3)], "abcdef"[N(-1)], (1, 2, 3)[N(0)])
print(bin(N(5)), hex(N(255)), oct(N(8)), range(N(3)), list(range(N(1), N(10), N(4))), "ab" * N(3), [0] * N(2))
print(int(N(7)), float(N(7)), complex(N(2)))
print(round(2.5, N(0)), (2**70).to_bytes(N(9), "big"))
print(big := 2**100, list(range(big, big + 3)), range(big)[N(5)], len(range(0, 2**62, 2**60)))
try:
    print(len(range(2**64)))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-1], range(0, -(2**70), -(2**68))[2], 2**64 in range(2**65), 2.0 in range(5), 2.5 in range(5))
class BadIndex:
    def __index__(self):
        return "no"
try:
    print([1, 2][BadIndex()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    fl = 1.0
    print([1, 2][fl])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x" * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2, 3][True], "abc"[False:True], [0, 1][-True])
print(seq[2**70:], seq[-(2**70):3], seq[::2**70], "hello"[1:2**100])
try:
    print(seq[2**70])
except IndexError as e:
    print(type(e).__name__, e)
