# Slicing the whole of a str or bytes gives the object itself (as CPython does);
# other slices give equal new objects, one-character ones the shared character.
s = "hello"
print(s[:] is s, s[0:] is s, s[-5:] is s, s[0:5] is s, s[::1] is s, s[:100] is s)
print(s[1:] is s, s[1:], s[:-1], s[::-1], s[::2], s[4:1:-1])
print(s[1:2], s[1:2] is s[1], s[3:3] == "", s[5:] == "")
u = "héllo wörld"
print(u[:] is u, u[1:4], u[::-2], u[-3:])
b = b"bytes"
print(b[:] is b, b[1:], b[::-1], b[0:0])
ba = bytearray(b"xy")
print(ba[:] is ba, ba[:] == ba)
class S(str):
    pass
t = S("sub")
print(type(t[:]).__name__, t[:] == "sub")
words = ["ka", "lo", "mi"]
print([w[-2:] for w in words], {w[:2] for w in words} == set(words))
print(("x" * 30)[:] is ("x" * 30)[:], len(("ab" * 20)[1:39]))
