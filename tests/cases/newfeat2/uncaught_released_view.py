# Using a memoryview after its with-block released it raises ValueError and ends the program.
def header_view(buf):
    with memoryview(buf) as mv:
        magic = mv[:4].tobytes()
        print("magic:", magic, "len:", len(mv))
        version = mv[4], mv[5]
        print("version:", version)
        return mv
data = bytearray(b"MOLT\x01\x02payload")
view = header_view(data)
data.extend(b"!")
print("resized ok:", len(data))
print("released view repr starts:", repr(view)[:17])
try:
    len(view)
except ValueError as e:
    print("len:", e)
fresh = memoryview(data)
print(fresh[-1], fresh[6:].tobytes())
fresh.release()
print("now indexing the released view")
print(view[4])
