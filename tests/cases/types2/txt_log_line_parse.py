# Parse access-log style lines with split, rsplit, find, slicing and startswith.
log = """127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/v1/items?id=7 HTTP/1.1" 201 15
192.168.1.20 - - [10/Oct/2023:13:57:12 +0000] "GET /missing HTTP/1.0" 404 -
10.0.0.5 - bob [10/Oct/2023:14:01:00 +0000] "DELETE /api/v1/items/7 HTTP/2" 500 88
garbage line without structure
"""
records, bad = [], 0
for line in log.splitlines():
    try:
        ip, _, user, rest = line.split(" ", 3)
        ts = rest[rest.index("[") + 1:rest.index("]")]
        q1 = rest.index('"')
        q2 = rest.index('"', q1 + 1)
        method, path, proto = rest[q1 + 1:q2].split()
        status, size = rest[q2 + 1:].split()
        records.append((ip, user, ts, method, path, proto, int(status), 0 if size == "-" else int(size)))
    except ValueError as e:
        bad += 1
        print("bad:", type(e).__name__, e)
for r in records:
    print(r)
print("bad lines", bad)
by_status = {}
for r in records:
    by_status.setdefault(r[6] // 100 * 100, []).append(r[4])
print(by_status)
print(sum(r[7] for r in records), max(records, key=lambda r: r[7])[4])
for r in records:
    day, hh, mm, ss = r[2].split()[0].split(":")
    print(day.split("/"), hh, mm, ss, r[4].startswith(("/api", "/index")), r[4].rsplit("/", 1))
    path, _, qs = r[4].partition("?")
    print("  ", path.strip("/").split("/"), qs or None, path.count("/"), path.find("v1"), path.rfind("/"))
print("x y z".split(" ", 0), "x  y".split(" "), " x y ".split(), "a b c d".rsplit(None, 1))
