# Repeating-key XOR cipher over bytes, with key recovery by known plaintext.
import itertools
def xor(data, key):
    return bytes(b ^ k for b, k in zip(data, itertools.cycle(key)))
plain = "Meet me at the old mill at midnight. Bring the documents — all of them.".encode("utf-8")
key = b"SECRET"
ct = xor(plain, key)
print(ct.hex())
print(xor(ct, key) == plain, xor(ct, key).decode("utf-8"))
known = b"Meet me"
recovered = xor(ct[:len(known)], known)
print(recovered, recovered[:len(key)])
def score(b):
    return sum(c in b" etaoinshrdluETAOINSHRDLU" for c in b)
single = xor(b"attack at dawn, the eastern gate", b"\x5a")
best = max(range(256), key=lambda k: (score(xor(single, bytes([k]))), -k))
print(best, xor(single, bytes([best])))
print(bytes(a ^ b for a, b in zip(b"\x0f\xf0", b"\xff\xff")), int.from_bytes(b"\x0f", "big") ^ 0xFF)
ba = bytearray(plain[:10])
for i in range(len(ba)):
    ba[i] ^= 0x20
print(ba, bytes(ba).swapcase() == plain[:10])
print(bytes(map(lambda b: (b + 1) % 256, b"\xfe\xffabc")), bytes(reversed(b"abc")), b"abc"[::-1])
