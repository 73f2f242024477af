# A line-buffer editor implemented with list slice assignment, deletion and extended slices.
buf = [f"line {i}" for i in range(10)]
def show(tag):
    print(tag, len(buf), buf)
buf[2:4] = ["X", "Y", "Z"]
show("replace 2 with 3")
buf[5:5] = ["ins1", "ins2"]
show("insert")
del buf[-3:]
show("delete tail")
buf[:0] = ["head"]
show("prepend")
buf[len(buf):] = ["tail"]
show("append via slice")
buf[1:8:2] = ["o1", "o2", "o3", "o4"]
show("extended replace")
del buf[::3]
show("delete every third")
buf[::-1] = buf[:]
show("reverse via slice")
buf[3:1] = ["weird"]
show("empty-range insert")
buf[-100:2] = []
show("clamped delete")
buf[:] = (c for c in "abcdef")
show("assign generator")
buf[1:5] = "XY"
show("string iterable")
try:
    buf[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    buf[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    buf[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
a = [1, 2, 3, 4, 5]
a[1:3] = a
print(a)
b = list(range(10))
b[slice(2, 8, 3)] = ["p", "q"]
del b[slice(None, None, -4)]
print(b, b[slice(-3, None)], b[::-2], b[100:], b[-100:1])
