# memoryview.cast between 1-D formats.
import sys
data = bytes([1, 0, 2, 0, 255, 255, 0, 128])
m = memoryview(data)
le = sys.byteorder == "little"
b = m.cast("b")
print(b.format, b.itemsize, b.tolist(), len(b))
B = m.cast("B")
print(B.format, B.tolist())
H = m.cast("H")
print(H.format, H.itemsize, len(H), H.nbytes, H.tolist() if le else "be")
h = m.cast("h")
print(h.tolist() if le else "be", h[2] if le else "be")
I = m.cast("I")
print(I.itemsize, len(I), I.tolist() if le else "be")
i = m.cast("i")
print(i.tolist() if le else "be")
Q = m.cast("Q")
print(Q.itemsize, Q.tolist() if le else "be")
c = m.cast("c")
print(c.format, c[0], c.tolist()[:3])
back = H.cast("B")
print(back.tolist() == list(data), back.format)
for fmt in ["Z", "H "]:
    try:
        m.cast(fmt)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print(type(e).__name__, e)
try:
    H.cast("I")
except TypeError as e:
    print(type(e).__name__, e)
w = memoryview(bytearray(4)).cast("H")
w[0] = 0x0102
w[1] = 65535
print(bytes(w.obj) if le else "be", w.readonly)
try:
    w[0] = 65536
except ValueError as e:
    print(type(e).__name__, e)
f = memoryview(bytearray(8)).cast("d")
f[0] = 1.5
print(f[0], f.format, f.tolist())
