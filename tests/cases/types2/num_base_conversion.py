# Convert integers between arbitrary bases, with int(s, base) and format round trips.
DIG = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIG[r])
    return ("-" if neg else "") + "".join(reversed(out))
for n in [0, 1, 35, 36, 255, -255, 2 ** 64, 10 ** 30, -(3 ** 50)]:
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, reps, all(int(r, b) == n for r, b in zip(reps, (2, 3, 8, 16, 36))))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#b"), format(-255, "#x"))
print(int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("  -zz ", 36), int("1_000", 0), int("١٢٣"), int("0", 0))
for bad in [("12", 1), ("12", 37), ("08", 0), ("", 10), ("0x", 16), ("1__0", 10), ("z", 35), ("_1", 10)]:
    try:
        print(int(*bad))
    except ValueError as e:
        print(type(e).__name__, e)
def balanced_ternary(n):
    out = ""
    while n:
        r = n % 3
        if r == 2:
            out = "T" + out
            n = n // 3 + 1
        else:
            out = str(r) + out
            n //= 3
    return out or "0"
print([balanced_ternary(n) for n in range(-4, 9)])
print(f"{2 ** 40:_b}", f"{2 ** 40:_x}", f"{10 ** 9:,d}", f"{10 ** 9:_d}", f"{-5:08b}", f"{5:#010b}")
