# Writing through a memoryview of a bytearray is visible in the bytearray.
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(m.readonly, len(m))
m[0] = 65
m[-1] = ord("F")
m[1:3] = b"BC"
print(ba, m.tobytes())
m[::2] = b"xyz"
print(ba)
ba[3] = 0x21
print(m[3], m.tolist())
try:
    m[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
try:
    ba.extend(b"zz")
except BufferError as e:
    print(type(e).__name__, e)
try:
    del ba[0]
except BufferError as e:
    print(type(e).__name__, e)
ba[0:2] = b"QQ"
print(ba)
sub = m[2:5]
sub[0] = 63
print(ba, sub.tobytes(), len(sub))
with memoryview(ba) as m2:
    m2[1] = 95
print(ba)
m.release()
try:
    ba.append(33)
except BufferError as e:
    print("still exported:", type(e).__name__)
sub.release()
ba.append(33)
print(ba)
