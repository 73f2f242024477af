# Seeded: random data against random formats, mostly the "does not match" and "unconverted data" errors.
import random, time
random.seed(99)
dirs = list("aAbBcdfHIjmMpSUwWxXyYzZGuV%")
alpha = "0123456789 :+-.ZaAmMpPJjNnUuTtCcEeFfSsWw/\t"
words = ["Mon", "monday", "Jan", "JANUARY", "am", "PM", "UTC", "gmt", "Sep", "sept", "September", "Wed", "+05:30", "-0000", "Z", "12", "2024", "  ", "1", "07", "366", "53"]
n = 0
for i in range(3000):
    parts = []
    used = set()
    for k in range(random.randint(1, 4)):
        r = random.random()
        if r < 0.6:
            d = random.choice(dirs)
            if d in used and d != "%":
                continue
            if d in "cxX" and used & set("aAbBdHMSYmycxX"):
                continue
            if d in "aAbBdHMSYmy" and used & set("cxX"):
                continue
            used.add(d)
            parts.append("%" + d)
        else:
            parts.append(random.choice([" ", "-", ":", "T", "x", "  ", "/"]))
    fmt = "".join(parts)
    if ("%c" in fmt and "%x" in fmt):
        continue
    data = "".join(random.choice(words) if random.random() < 0.6 else random.choice(alpha) for _ in range(random.randint(0, 5)))
    try:
        r = time.strptime(data, fmt)
        print(repr(data), repr(fmt), tuple(r), r.tm_zone, r.tm_gmtoff)
        n += 1
    except ValueError as e:
        print(repr(data), repr(fmt), "ValueError", e)
print(n)
