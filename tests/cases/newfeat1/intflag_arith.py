# IntFlag mixes with int arithmetic and bitwise ops
from enum import IntFlag

class Perm(IntFlag):
    X = 1
    W = 2
    R = 4

rw = Perm.R | Perm.W
print(repr(rw), int(rw), rw == 6, rw + 1, type(rw + 1).__name__)
print(repr(rw | 1), type(rw | 1).__name__)
print(repr(1 | rw), repr(rw & 2), repr(2 & rw), repr(rw ^ 7), repr(7 ^ rw))
print(repr(rw | 16), repr(Perm.X | 0), repr(Perm.R & 0))
print(rw * 2, rw // 4, rw % 4, -rw, rw << 1, rw >> 1, type(rw << 1).__name__)
print(repr(~Perm.X), ~int(Perm.X), repr(~rw), repr(~Perm(0)))
print(rw > 5, Perm.R > Perm.W, sorted([Perm.R, Perm.X, Perm.W]))
print(max(Perm), min(Perm), sum(Perm))
print(Perm.R in rw, Perm.X in rw)
for probe in (4, 1, "R"):
    try:
        print(probe in rw)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(rw, int), hash(Perm.R) == hash(4), {4: "four"}[Perm.R])
print(list(range(Perm.R)), "abcdef"[Perm.W], [0] * Perm.W)
print(bin(rw), hex(Perm.R | Perm.X), oct(rw), f"{rw:04b}")
print(Perm(6) is rw, Perm(6) == Perm.R | Perm.W)
print(repr(Perm(0)), bool(Perm(0)), Perm(0) == 0)
x = Perm.X
x |= 4
print(repr(x))
x += 1
print(repr(x), type(x).__name__)
print(rw.bit_length(), rw.bit_count(), Perm.R.to_bytes(2, "big"))
print(repr(Perm.from_bytes(b"\x05", "big")) if hasattr(Perm, "from_bytes") else "n/a")
print(int.__str__(rw), str(rw), repr(Perm["R"]))
try:
    Perm("R")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm(1.5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
