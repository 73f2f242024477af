# Sets built by repeated adds resize; printing at each size checks the table layout.
s = set()
for i in range(0, 40):
    s.add(i * 37 % 101)
    if i in (3, 4, 5, 8, 9, 17, 18, 19, 35, 39):
        print(i, s)
big = set()
for i in range(1000):
    big.add(i * 7919 % 10007)
print(len(big), list(big)[:20], list(big)[-10:])
print(list(set(range(1000, 0, -1)))[:15])
x = set([1 << 20, 1 << 21, 1 << 22, 3, 5, 1 << 30])
print(x)
y = set()
for k in [64, 128, 192, 256, 320, 384, 448, 512, 1, 65]:
    y.add(k)
print(y)
z = {i for i in range(30) if i % 4 == 0} | {i * 1000 for i in range(5)}
print(z)
print(set("".join(str(d) for d in range(3)).encode()), set(b"hello"), set(bytearray(b"xyz")))
print(set([2**64 + i for i in range(5)]), set([-(2**64) - i for i in range(5)]))
