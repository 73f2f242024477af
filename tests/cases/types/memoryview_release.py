# memoryview.release() and the errors after release.
m = memoryview(b"abc")
print(m.tobytes())
m.release()
m.release()
for f in [lambda: len(m), lambda: m[0], lambda: m.tobytes(), lambda: m.tolist(), lambda: m.nbytes, lambda: m.format, lambda: bytes(m)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
print(m == m, repr(m).startswith("<released memory"))
ba = bytearray(b"xyz")
with memoryview(ba) as mv:
    print(mv[0], mv.readonly)
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
ba.append(0x21)
print(ba)
mv2 = memoryview(ba)
sliced = mv2[1:]
mv2.release()
try:
    ba.append(0)
except BufferError as e:
    print(type(e).__name__, e)
print(sliced.tobytes())
sliced.release()
ba.append(0x3f)
print(ba)
