# A growable read/write byte buffer class built on bytearray operations.
class Buffer:
    def __init__(self):
        self.data = bytearray()
        self.rpos = 0
    def write(self, b):
        self.data.extend(b)
        return len(b)
    def write_u16(self, n):
        self.data += n.to_bytes(2, "big")
    def write_str(self, s):
        raw = s.encode("utf-8")
        self.write_u16(len(raw))
        self.write(raw)
    def read(self, n):
        if self.rpos + n > len(self.data):
            raise EOFError(f"need {n} bytes at {self.rpos}, have {len(self.data) - self.rpos}")
        out = bytes(self.data[self.rpos:self.rpos + n])
        self.rpos += n
        return out
    def read_u16(self):
        return int.from_bytes(self.read(2), "big")
    def read_str(self):
        return self.read(self.read_u16()).decode("utf-8")
    def compact(self):
        del self.data[:self.rpos]
        self.rpos = 0
b = Buffer()
for s in ["alpha", "", "ß∂ƒ", "x" * 300]:
    b.write_str(s)
print(len(b.data), b.data[:12])
print([b.read_str()[:10] for _ in range(3)], b.rpos)
b.compact()
print(len(b.data), b.data[:4], b.read_str() == "x" * 300)
try:
    b.read(1)
except EOFError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD!!"
ba.insert(5, 44)
ba.append(0x21)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(ord("!"))
ba.reverse()
print(ba, ba.count(b"L"), ba.find(b"OW"), ba.index(0x20))
ba *= 2
print(ba, ba.upper(), ba.isupper())
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]) + b"\x03", b"\x00" + bytearray(b"x"))
for bad in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.extend([1, "a"]), lambda: bytearray(b"ab").remove(99),
            lambda: bytearray().pop(), lambda: ba.insert(0, b"x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
