# Seeded: strftime output of random times (some perturbed) parsed back with random formats.
import random, time
random.seed(2024)
dirs = list("aAbBdfHIjmMpSUwWyYzZGuV")
n = 0
for i in range(2500):
    parts = []
    used = set()
    for k in range(random.randint(1, 5)):
        if random.random() < 0.7:
            d = random.choice(dirs)
            if d in used:
                continue
            used.add(d)
            parts.append("%" + d)
        else:
            parts.append(random.choice([" ", "-", ":", "T", "  ", "/", ""]))
    fmt = "".join(parts)
    tt = time.gmtime(random.randint(-2208988800, 253402300799))
    sfmt = fmt.replace("%z", random.choice(["+0530", "-05:30", "Z", "+01:02:03", "-000000.5"])).replace("%Z", random.choice(["UTC", "gmt"])).replace("%f", str(random.randint(0, 999999)))
    data = time.strftime(sfmt, tt)
    r = random.random()
    if r < 0.3 and data:
        j = random.randrange(len(data))
        data = data[:j] + random.choice("0123456789 :x-") + data[j + 1:]
    elif r < 0.4:
        data = data.replace("0", "", 1)
    elif r < 0.5:
        data = data.upper() if i % 2 else data.lower()
    try:
        r = time.strptime(data, fmt)
        print(repr(data), repr(fmt), tuple(r), r.tm_zone, r.tm_gmtoff)
        n += 1
    except ValueError as e:
        print(repr(data), repr(fmt), "ValueError", e)
print(n)
