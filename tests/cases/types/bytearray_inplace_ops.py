# bytearray in-place operators keep identity.
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"e")
ba += [102] if False else b"f"
print(ba, alias is ba, alias)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias is ba, len(alias))
x = bytearray(b"xy")
x *= -3
print(x)
y = bytearray(b"q")
for bad in ["s", 1, [1]]:
    try:
        y += bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    y *= 1.5
except TypeError as e:
    print(type(e).__name__, e)
b = b"im"
bb = b
b += b"mutable?"
print(b, bb, b is bb)
z = bytearray(b"hello")
z.reverse()
print(z)
del z[:]
print(z, z == b"", z == bytearray())
w = bytearray(b"abc")
w[1:] = w[:1] * 3
print(w)
print(bytearray(b"ab") * 2 == b"abab", bytearray(3) == bytes(3))
