# hash() of pseudo-random floats, and the integer/float hash agreement for integral ones.
state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
hs = []
for i in range(80):
    r = rnd()
    x = float.fromhex("%s0x1.%013xp%d" % ("-" if r >> 63 else "", r & (2**52 - 1), (r >> 52) % 200 - 100))
    hs.append(hash(x))
    if x.is_integer():
        assert hash(int(x)) == hash(x)
for i in range(0, 80, 4):
    print(hs[i:i + 4])
for k in [0, 1, 52, 53, 60, 61, 62, 64, 100, 500, 1000, 1023]:
    print(k, hash(2.0**k), hash(-(2.0**k)), hash(2.0**-k), hash(2**k) == hash(2.0**k))
print(hash(1e308), hash(-1e308), hash(5e-324), hash(0.1 + 0.2), hash(1 / 7))
