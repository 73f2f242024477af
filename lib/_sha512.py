"""SHA-512, written for Molt from the Secure Hash Standard (FIPS 180-4, sections 4.1.3,
4.2.3, 5.1.2, 5.2.2, 5.3.5 and 6.4) in plain Python: the `random` module needs it to seed
from str/bytes the way CPython does.

    >>> sha512(b"abc").hexdigest()[:16]
    'ddaf35a193617aba'

The object follows the hashlib interface (update, digest, hexdigest, copy, name,
digest_size, block_size)."""

__all__ = ['sha512']

_MASK = 0xffffffffffffffff

# FIPS 180-4 4.2.3: the first 64 bits of the fractional parts of the cube roots of the
# first eighty primes (generated from that definition with integer roots).
_K = (
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
)

# FIPS 180-4 5.3.5: the first 64 bits of the fractional parts of the square roots of the
# first eight primes.
_H0 = (
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
)


def _compress(h, block):
    """One application of the SHA-512 compression function (FIPS 180-4 6.4.2) to the
    eight-word state h and a 128-byte block; returns the new state as a list."""
    mask = _MASK
    w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
    append = w.append
    for t in range(16, 80):
        x = w[t - 15]
        s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
        x = w[t - 2]
        s1 = ((x >> 19) | (x << 45)) ^ ((x >> 61) | (x << 3)) ^ (x >> 6)
        append((w[t - 16] + (s0 & mask) + w[t - 7] + (s1 & mask)) & mask)
    a, b, c, d, e, f, g, hh = h
    for t in range(80):
        s1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))) & mask
        ch = (e & f) ^ (~e & g)
        t1 = hh + s1 + ch + _K[t] + w[t]
        s0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))) & mask
        maj = (a & b) ^ (a & c) ^ (b & c)
        hh = g
        g = f
        f = e
        e = (d + t1) & mask
        d = c
        c = b
        b = a
        a = (t1 + s0 + maj) & mask
    return [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"object supporting the buffer API required") from None


class sha512:
    """A SHA-512 hash object: feed it with update(), read it with digest()/hexdigest()."""

    name = 'sha512'
    digest_size = 64
    block_size = 128

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._h = list(_H0)
        self._pending = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _as_bytes(data)
        self._length += len(data)
        buf = self._pending + data if self._pending else data
        n = len(buf) - len(buf) % 128
        h = self._h
        for i in range(0, n, 128):
            h = _compress(h, buf[i:i + 128])
        self._h = h
        self._pending = buf[n:]

    def copy(self):
        other = sha512.__new__(sha512)
        other._h = list(self._h)
        other._pending = self._pending
        other._length = self._length
        return other

    def digest(self):
        # FIPS 180-4 5.1.2: a 1 bit, zeros up to 112 mod 128 bytes, the 128-bit bit length.
        tail = self._pending + b'\x80'
        tail += bytes((112 - len(tail)) % 128)
        tail += ((self._length * 8) & ((1 << 128) - 1)).to_bytes(16, 'big')
        h = self._h
        for i in range(0, len(tail), 128):
            h = _compress(h, tail[i:i + 128])
        return b''.join(x.to_bytes(8, 'big') for x in h)

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f'<sha512 _sha512.sha512 object @ {id(self):#x}>'
