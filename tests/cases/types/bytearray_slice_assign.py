# bytearray slice assignment with steps and resizing, and del.
ba = bytearray(b"0123456789")
ba[2:5] = b"XY"
print(ba)
ba[0:0] = b"<<"
print(ba)
ba[-1:] = bytearray(b"END")
print(ba)
ba[3:3] = [65, 66]
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba[::-3] = bytes(range(97, 97 + len(ba[::-3])))
print(ba)
ba[1:4] = b""
print(ba)
ba[0] = 122
ba[-1] = 0x41
print(ba)
try:
    ba[::2] = b"ab"
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[0:2] = "ab"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[100] = 1
except IndexError as e:
    print(type(e).__name__, e)
b2 = bytearray(range(10))
del b2[::3]
print(list(b2))
del b2[1:3]
print(list(b2))
del b2[-1]
print(list(b2))
del b2[::-2]
print(list(b2))
b3 = bytearray(b"abc")
b3[:] = b3
print(b3)
b3[1:2] = b3
print(b3)
b3[5:1] = b"ZZ"
print(b3)
b3[100:] = b"!"
print(b3)
