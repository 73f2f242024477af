# A fixed-size ring buffer over a bytearray, written and read through memoryview slices.
class Ring:
    def __init__(self, size):
        self.buf = bytearray(size)
        self.view = memoryview(self.buf)
        self.size, self.head, self.count = size, 0, 0
    def write(self, data):
        data = memoryview(data)
        if len(data) > self.size - self.count:
            raise OverflowError(f"need {len(data)}, free {self.size - self.count}")
        tail = (self.head + self.count) % self.size
        first = min(len(data), self.size - tail)
        self.view[tail:tail + first] = data[:first]
        self.view[0:len(data) - first] = data[first:]
        self.count += len(data)
    def read(self, n):
        n = min(n, self.count)
        first = min(n, self.size - self.head)
        out = self.view[self.head:self.head + first].tobytes() + self.view[0:n - first].tobytes()
        self.head = (self.head + n) % self.size
        self.count -= n
        return out
r = Ring(8)
r.write(b"abcde")
print(r.read(3), r.buf, r.head, r.count)
r.write(b"FGHIJ")
print(r.buf, r.head, r.count)
print(r.read(4), r.read(100), r.count)
try:
    r.write(b"123456789")
except OverflowError as e:
    print(type(e).__name__, e)
r.write(bytearray(b"xy"))
r.write(memoryview(b"--z--")[2:3])
print(r.read(10))
try:
    r.view[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.view[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.view[0:1] = "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r.view[0]
except TypeError as e:
    print(type(e).__name__, e)
r.view[::2] = b"\x00" * 4
r.view[1::2] = bytes(range(1, 5))
print(r.buf, r.view.tolist())
r.view[-1] = 0xFF
print(r.buf[-1], r.view[-1])
try:
    r.buf.extend(b"more")
except BufferError as e:
    print(type(e).__name__, e)
r.view.release()
r.buf.extend(b"ok")
print(len(r.buf), r.buf[-2:])
