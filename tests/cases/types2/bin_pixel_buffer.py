# An RGB pixel buffer in a bytearray: extended-slice channel access, fills, grayscale, PPM header.
W, H = 4, 3
img = bytearray(W * H * 3)
def set_px(x, y, rgb):
    i = (y * W + x) * 3
    img[i:i + 3] = bytes(rgb)
for y in range(H):
    for x in range(W):
        set_px(x, y, (x * 60, y * 100, (x + y) * 20))
print(img.hex(" ", 3))
reds = img[0::3]
greens = img[1::3]
blues = img[2::3]
print(list(reds), list(greens), list(blues), type(reds).__name__)
img[2::3] = bytes(255 - b for b in blues)
print(list(img[2::3]))
img[0:3] = b"\xff\xff\xff"
gray = bytes((r * 299 + g * 587 + b * 114) // 1000 for r, g, b in zip(img[0::3], img[1::3], img[2::3]))
print(list(gray), max(gray), min(gray), gray.count(0))
header = b"P6\n%d %d\n255\n" % (W, H)
ppm = header + bytes(img)
print(header, len(ppm), ppm[:len(header)].split(), int(ppm.split()[1]) * int(ppm.split()[2]) * 3 == len(img))
row1 = img[W * 3:W * 6]
img[W * 3:W * 6] = row1[::-1]
print(img[W * 3:W * 6].hex(), bytes(row1[::-1]) == bytes(img[W * 3:W * 6]))
try:
    img[0::3] = b"\x00"
except ValueError as e:
    print(type(e).__name__, e)
try:
    img[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
inverted = img.translate(bytes(range(255, -1, -1)))
print(inverted[:6], bytes(a ^ 0xFF for a in img[:6]) == inverted[:6])
print(bytearray(b"\x00") * 5, bytearray(b"ab") * 0, bytearray(3) == b"\x00\x00\x00", bytes(2) + bytearray(b"\x01"))
