# random: the pure-Python SHA-512 (lib/_sha512.py) that string/bytes seeding needs, checked
# against the digests hashlib gives under CPython (which has no _sha512 module).
try:
    from _sha512 import sha512
except ImportError:
    from hashlib import sha512

print(sha512(b'').hexdigest())
print(sha512(b'abc').hexdigest())
print(sha512(b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq'
             b'klmnopqrlmnopqrsmnopqrstnopqrstu').hexdigest())
print(sha512(b'The quick brown fox jumps over the lazy dog').digest())
# every length around the padding boundaries (111/112 and 127/128 bytes a block)
acc = []
for n in list(range(0, 260)) + [511, 512, 513, 1000, 4096, 10000]:
    data = bytes((i * 131 + n * 7) & 255 for i in range(n))
    acc.append(sha512(data).hexdigest()[:16])
print(acc[:12])
print(hash(tuple(acc)), len(set(acc)))
# incremental updates give the one-shot digest; copy() forks the state
h = sha512()
whole = b''
for k in range(60):
    piece = bytes(range(k, 2 * k)) * (k % 5)
    h.update(piece)
    whole += piece
    if k % 7 == 0:
        c = h.copy()
        c.update(b'fork')
        print(k, h.hexdigest()[:24], c.hexdigest()[:24], sha512(whole).hexdigest()[:24])
print(h.digest() == sha512(whole).digest(), h.hexdigest() == sha512(whole).hexdigest())
print(sha512(bytearray(b'xyz')).hexdigest()[:32], sha512(memoryview(b'xyz')).hexdigest()[:32])
print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
print(sha512('\u00e9'.encode()).hexdigest()[:32])
try:
    sha512('text')
except TypeError as e:
    print('TypeError', e)
