# Shortest repr of 300 pseudo-random doubles built from bit patterns via float.fromhex.
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
out = []
for i in range(300):
    r = rnd()
    mant = r & (2**52 - 1)
    exp = (r >> 52) % 2046 - 1022
    if i % 5 == 0:
        exp = (r >> 52) % 60 - 30
    sign = "-" if (r >> 63) else ""
    x = float.fromhex("%s0x1.%013xp%d" % (sign, mant, exp))
    assert float(repr(x)) == x
    out.append(repr(x))
for i in range(0, 300, 4):
    print(" ".join(out[i:i + 4]))
subs = [float.fromhex("0x0.%013xp-1022" % (rnd() & (2**52 - 1))) for _ in range(20)]
print(" ".join(repr(s) for s in subs))
