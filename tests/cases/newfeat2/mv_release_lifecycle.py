# memoryview lifecycle: with-blocks, release of parents and slices, exports blocking resize.
ba = bytearray(b"0123456789")
with memoryview(ba) as outer:
    part = outer[2:6]
    print(part.tobytes(), outer.obj is ba, part.obj is ba)
    try:
        ba.append(1)
    except BufferError as e:
        print("while exported:", type(e).__name__, e)
print("outer released; part alive:", part.tobytes())
try:
    ba.pop()
except BufferError as e:
    print(type(e).__name__, e)
part.release()
ba.pop()
print(ba)
m = memoryview(ba)
print(repr(m).startswith("<memory at "), repr(m)[:7])
m.release()
print(repr(m).startswith("<released memory at "))
ops = {
    "len": lambda: len(m),
    "index": lambda: m[0],
    "slice": lambda: m[1:2],
    "tobytes": lambda: m.tobytes(),
    "hex": lambda: m.hex(),
    "cast": lambda: m.cast("B"),
    "obj": lambda: m.obj,
    "readonly": lambda: m.readonly,
    "shape": lambda: m.shape,
    "iter": lambda: list(m),
    "bytes": lambda: bytes(m),
    "eq": lambda: m == b"x",
}
for name, fn in ops.items():
    try:
        print(name, fn())
    except ValueError as e:
        print(name, type(e).__name__, e)
m.release()
def use_then_release(data):
    with memoryview(data) as v:
        return v[0], v[-1], v.tobytes()
print(use_then_release(b"xyz"), use_then_release(bytearray(b"pq")))
try:
    with memoryview(bytearray(b"ab")) as v:
        raise KeyError("inside")
except KeyError as e:
    print("exception passed through:", e)
    try:
        v[0]
    except ValueError as e2:
        print(type(e2).__name__, e2)
ro = memoryview(ba).toreadonly()
print(ro.readonly, ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ro.release()
ba.extend(b"!")
print(ba)
m2 = memoryview(b"abc")
m2.release()
try:
    m2.toreadonly()
except ValueError as e:
    print("toreadonly", type(e).__name__, e)
