# divmod-based duration and timestamp formatting, with negative and float inputs.
def hms(seconds):
    sign = "-" if seconds < 0 else ""
    m, s = divmod(abs(seconds), 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    if d:
        return f"{sign}{d}d {h:02}:{m:02}:{s:02}"
    return f"{sign}{h:02}:{m:02}:{s:02}"
for s in [0, 59, 60, 3599, 3600, 86399, 86400, 90061, 10 ** 7, -3661, 123456789]:
    print(s, hms(s))
for s in [59.999, 3661.5, 0.25]:
    m, sec = divmod(s, 60)
    print(s, m, round(sec, 3), f"{int(m):02d}:{sec:06.3f}")
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(-7.5, 2), divmod(7, 0.5), divmod(2 ** 70, 10 ** 9))
print(divmod(-3661, 60), divmod(True, 2), -3661 // 60, -3661 % 60, 3661 % -60)
def human_bytes(n):
    units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
    i = 0
    f = float(n)
    while f >= 1024 and i < len(units) - 1:
        f /= 1024
        i += 1
    return f"{f:.1f} {units[i]}" if i else f"{n} B"
for n in [0, 1023, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 40 + 1, 2 ** 60, 2 ** 70]:
    print(n, human_bytes(n))
def julian_to_date(days):
    y = 1970
    while True:
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        n = 366 if leap else 365
        if days < n:
            break
        days -= n
        y += 1
    months = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while days >= months[m]:
        days -= months[m]
        m += 1
    return f"{y:04d}-{m + 1:02d}-{days + 1:02d}"
for ts in [0, 86399, 951782400, 1700000000, 2 ** 31 - 1]:
    d, rem = divmod(ts, 86400)
    print(ts, julian_to_date(d), hms(rem))
for bad in [(1, 0), (1.0, 0.0), ("1", 2)]:
    try:
        divmod(*bad)
    except Exception as e:
        print(type(e).__name__, e)
