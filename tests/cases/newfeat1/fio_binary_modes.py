# Binary mode reads/writes return bytes and counts
P = "/tmp/molt_tests_newfeat1_binary.bin"
with open(P, "wb") as f:
    print(f.write(b"\x00\x01\x02hello\n"))
    print(f.write(bytearray(b"world\r\n")))
    print(f.write(memoryview(b"\xff\xfe end")))
    print(f.write(b""))

with open(P, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data)

with open(P, "rb") as f:
    print(f.read(3))
    print(f.readline())
    print(f.readline())
    print(f.read(2), f.read(100), f.read(), f.read(5))

with open(P, "rb") as f:
    print(f.readlines())

with open(P, "rb") as f:
    print([chunk for chunk in f])

with open(P, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.write(123)
    except TypeError as e:
        print(type(e).__name__, e)

with open(P, "w", encoding="utf-8") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.write(None)
    except TypeError as e:
        print(type(e).__name__, e)

with open(P, "rb") as f:
    print(f.read())

with open(P, "wb") as f:
    f.write(bytes(range(256)))
with open(P, "rb") as f:
    blob = f.read()
print(len(blob), blob[:4], blob[-4:], sum(blob))
with open(P, "rb") as f:
    total = 0
    while True:
        chunk = f.read(100)
        if not chunk:
            break
        total += len(chunk)
        print("chunk", len(chunk), chunk[0], chunk[-1])
print("total", total)
