# Realistic: unix-style permission bits with IntFlag
from enum import IntFlag

class Mode(IntFlag):
    OTH_X = 0o001
    OTH_W = 0o002
    OTH_R = 0o004
    GRP_X = 0o010
    GRP_W = 0o020
    GRP_R = 0o040
    USR_X = 0o100
    USR_W = 0o200
    USR_R = 0o400

def symbolic(mode):
    out = []
    for who in ("USR", "GRP", "OTH"):
        for bit, ch in (("R", "r"), ("W", "w"), ("X", "x")):
            out.append(ch if mode & Mode[f"{who}_{bit}"] else "-")
    return "".join(out)

def parse(sym):
    mode = Mode(0)
    names = [f"{who}_{bit}" for who in ("USR", "GRP", "OTH") for bit in "RWX"]
    for ch, name in zip(sym, names):
        if ch != "-":
            mode |= Mode[name]
    return mode

for octal in (0o755, 0o644, 0o600, 0o777, 0o000, 0o1755):
    m = Mode(octal)
    print(oct(octal), symbolic(m), len(m), oct(m), repr(m) if octal in (0o600, 0, 0o1755) else "")

for s in ("rwxr-x---", "rw-rw-rw-", "---------"):
    m = parse(s)
    print(s, oct(m), symbolic(m) == s, m == int(oct(m), 8))

def chmod(mode, change):
    who, op, perms = change[0], change[1], change[2:]
    groups = {"u": "USR", "g": "GRP", "o": "OTH"}[who]
    mask = Mode(0)
    for p in perms:
        mask |= Mode[f"{groups}_{p.upper()}"]
    if op == "+":
        return mode | mask
    if op == "-":
        return mode & ~mask
    raise ValueError(f"bad op {op!r}")

m = Mode(0o644)
for change in ("u+x", "g+w", "o-r", "u-rw"):
    m = chmod(m, change)
    print(change, symbolic(m), oct(m))
try:
    chmod(m, "u=r")
except ValueError as e:
    print(type(e).__name__, e)
try:
    chmod(m, "u+q")
except KeyError as e:
    print(type(e).__name__, e)
print(Mode.USR_R | Mode.GRP_R | Mode.OTH_R == 0o444, str(Mode(0o444)))
