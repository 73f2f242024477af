# memoryview over bytes: len, indexing, slicing, tobytes, tolist, attributes.
m = memoryview(b"hello world")
print(len(m), m[0], m[-1], m[1:5].tobytes(), bytes(m[::2]), m.tolist()[:3], m.readonly, m.nbytes, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m[2:8].nbytes, len(m[::3]), m[::-1].tobytes(), m.tobytes() == b"hello world", m == b"hello world")
print(m[1:4] == b"ell", m[1:4] == bytearray(b"ell"), m.hex(), m[:3].hex(":"), list(m[:3]), type(m[0]).__name__, type(m[1:2]).__name__)
print(b"x" + m[:2].tobytes(), bytes(m[6:]).upper(), m.obj == b"hello world", m.contiguous, m.c_contiguous)
for i in [11, -12]:
    try:
        m[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    m["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(5)
except TypeError as e:
    print(type(e).__name__, e)
e = memoryview(b"")
print(len(e), e.tobytes(), e.tolist(), bool(e) if False else "skip")
print(memoryview(b"abc").tobytes().decode(), str(memoryview(b"ab").tobytes(), "ascii"))
print(hash(memoryview(b"abc")) == hash(b"abc"), memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") != b"ac")
try:
    memoryview(b"a") < memoryview(b"b")
except TypeError as e:
    print(type(e).__name__, e)
