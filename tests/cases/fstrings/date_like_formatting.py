# Formatting numbers into clock/date-like strings.
def hms(secs):
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
for t in [0, 59, 60, 3599, 3600, 86399, 90061, 360000]:
    print(t, hms(t))
for y, mo, d in [(2024, 1, 5), (1999, 12, 31), (5, 6, 7)]:
    print(f"{y:04d}-{mo:02d}-{d:02d}", f"{d}/{mo}/{y % 100:02d}")
for ms in [0, 5, 999, 1000, 61234]:
    print(f"{ms // 1000}.{ms % 1000:03d}s")
