# Realistic: write a log file, then parse it line by line
P = "/tmp/molt_tests_newfeat1_app.log"
events = [
    ("09:00:01", "INFO", "server started port=8080"),
    ("09:00:05", "DEBUG", "config loaded keys=12"),
    ("09:01:10", "WARNING", "slow request path=/api/users ms=812"),
    ("09:02:00", "ERROR", "db timeout path=/api/orders"),
    ("09:02:30", "INFO", "request path=/api/users ms=40"),
    ("09:03:45", "ERROR", "unhandled KeyError path=/api/cart"),
    ("09:04:00", "INFO", "shutdown"),
]
with open(P, "w", encoding="utf-8") as f:
    for ts, level, msg in events:
        print(f"[{ts}] {level:<7} {msg}", file=f)
    f.write("garbage line\n")
    f.write("\n")

counts = {}
paths = {}
bad = []
with open(P, encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line:
            continue
        if not line.startswith("["):
            bad.append(lineno)
            continue
        ts, rest = line[1:].split("] ", 1)
        level, msg = rest.split(None, 1)
        counts[level] = counts.get(level, 0) + 1
        for token in msg.split():
            if token.startswith("path="):
                paths.setdefault(token[5:], []).append(level)
print(counts)
print(paths)
print("bad lines:", bad)

# extract errors into a second file, then count bytes
E = P + ".errors"
with open(P, encoding="utf-8") as src, open(E, "w", encoding="utf-8") as dst:
    n = 0
    for line in src:
        if " ERROR " in line:
            dst.write(line)
            n += 1
print("errors copied:", n)
with open(E, "rb") as f:
    data = f.read()
print(len(data), data.count(b"\n"))
print(data.decode("utf-8"), end="")

# tail -n 3 using readlines
with open(P, encoding="utf-8") as f:
    for line in f.readlines()[-4:-1]:
        print("tail:", line, end="")
