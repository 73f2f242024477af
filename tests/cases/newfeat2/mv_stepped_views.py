# Stepped and negative memoryview slices: views of views, writes through strides, obj identity.
buf = bytearray(range(16))
m = memoryview(buf)
evens = m[::2]
odds = m[1::2]
back = m[::-1]
print(evens.tolist(), odds.tolist(), back[:4].tolist())
print(evens.strides, back.strides, evens.contiguous, m.contiguous, len(evens))
print(evens.obj is buf, evens[::2].tolist(), evens[::2].obj is buf, back[::-1].tolist() == m.tolist())
evens[:] = bytes(8)
print(buf.hex())
odds[::-1] = bytes(range(100, 108))
print(list(buf))
back[0] = 255
print(buf[-1], m[-1], back[0])
sub = m[4:12]
subsub = sub[2:6]
subsub[0] = 77
print(buf[6], sub[2], subsub.tolist(), subsub.nbytes)
print(m[3:3].tolist(), m[10:2].tolist(), m[-3:].tolist(), m[100:].tolist(), len(m[::5]))
print(m[::3].tobytes().hex(), bytes(m[1:8:3]), m[15:0:-4].tolist())
try:
    m[::2] = bytes(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(m[True], m[False], m[-16])
class Idx:
    def __index__(self):
        return 3
print(m[Idx()], m[Idx():Idx()].tolist(), m[:Idx()].tolist())
try:
    m[16]
except IndexError as e:
    print(type(e).__name__, e)
print(evens.tolist() == list(buf[::2]), odds.tobytes() == bytes(buf[1::2]))
