# Many format codes applied to pseudo-random doubles (checks correctly rounded decimal output).
state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
vals = []
for i in range(60):
    r = rnd()
    mant = r & (2**52 - 1)
    exp = (r >> 52) % 120 - 60
    vals.append(float.fromhex("%s0x1.%013xp%d" % ("-" if r >> 63 else "", mant, exp)))
for v in vals:
    print(format(v, ".17g"), format(v, ".3e"), format(v, ".6f"), format(v, ".12g"), format(v, "g"), format(v, ".0f"),
          "%.5g" % v, round(v, 3), round(v, -2))
