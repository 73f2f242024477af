# memoryview slicing, nesting, equality and tolist.
data = bytearray(range(10))
m = memoryview(data)
s = m[2:8]
ss = s[1:4]
print(s.tolist(), ss.tolist(), len(ss), ss.nbytes, ss.obj is data, m[::2].tolist(), m[::-3].tolist(), m[5:2].tolist())
ss[0] = 99
print(data[3], m[3], s[1])
print(m == data, m == bytes(data), m[:3] == b"\x00\x01\x02", m[:3] == [0, 1, 2], m[:3] != b"abc", memoryview(m) == m)
m2 = memoryview(m)
print(m2.tolist() == m.tolist(), m2.obj is data, bytes(m2[:2]))
h = memoryview(bytes([1, 0, 2, 0])).cast("H")
print(h == memoryview(bytes([1, 0, 2, 0])).cast("H"), h.tolist() == [1, 2] or h.tolist() == [256, 512])
print(list(m[:4]), [x for x in m[7:]], sum(m), max(m), 9 in m, b"".join([m[:2], m[2:4]]))
e = m[0:0]
print(len(e), e.tolist(), e.tobytes(), e == b"")
try:
    m[1:3] = b"\x07"
except ValueError as e2:
    print(type(e2).__name__, e2)
m[1:3] = b"\x07\x08"
print(data[:4])
try:
    m[::2] = b"\x00" * 4
except ValueError as e3:
    print(type(e3).__name__, e3)
m[::2] = bytes(5)
print(list(data))
print(memoryview(b"abc")[::-1].tobytes(), memoryview(b"abcdef")[1::2].tobytes(), memoryview(b"xyz").tobytes("A") if False else "")
