# The program ends with an uncaught ValueError: byte must be in range(0, 256).
ba = bytearray(b"abc")
ba.append(100)
print(ba)
ba[0] = 255
print(ba)
ba[1] = 256
print("not reached")
