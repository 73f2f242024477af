# A block allocator tracking free blocks in a bytearray bitmap with bit operations.
class Bitmap:
    def __init__(self, nbits):
        self.n = nbits
        self.bits = bytearray((nbits + 7) // 8)
    def get(self, i):
        return (self.bits[i >> 3] >> (i & 7)) & 1
    def set(self, i):
        self.bits[i >> 3] |= 1 << (i & 7)
    def clear(self, i):
        self.bits[i >> 3] &= ~(1 << (i & 7)) & 0xFF
    def alloc(self, count):
        run = 0
        for i in range(self.n):
            run = run + 1 if not self.get(i) else 0
            if run == count:
                start = i - count + 1
                for j in range(start, i + 1):
                    self.set(j)
                return start
        raise MemoryError(f"no run of {count} free blocks")
    def free(self, start, count):
        for j in range(start, start + count):
            if not self.get(j):
                raise ValueError(f"double free of block {j}")
            self.clear(j)
    def used(self):
        return sum(bin(b).count("1") for b in self.bits)
    def __str__(self):
        return "".join(str(self.get(i)) for i in range(self.n))
bm = Bitmap(20)
a = bm.alloc(3)
b = bm.alloc(5)
c = bm.alloc(2)
print(a, b, c, bm, bm.used(), bm.bits.hex())
bm.free(b, 5)
print(bm, bm.used())
d = bm.alloc(4)
e = bm.alloc(6)
print(d, e, bm, bm.bits)
try:
    bm.alloc(8)
except MemoryError as ex:
    print(type(ex).__name__, ex)
try:
    bm.free(b + 4, 2)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(bm, bm.used(), list(bm.bits), bytes(bm.bits) == bm.bits)
