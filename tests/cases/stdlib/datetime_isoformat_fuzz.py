# Seeded: ISO 8601 strings (valid and perturbed) through datetime/date/time.fromisoformat, CPython 3.12 quirks included.
import random
from datetime import datetime, date, time, timezone, timedelta
random.seed(31)
def t(f):
    try: return repr(f())
    except Exception as e: return "%s %s" % (type(e).__name__, e)
bases = ["2024-01-02", "20240102", "2024-W01-2", "2024W012", "2024-W01", "2024W01", "2020-W53-7"]
times = ["", "T03", "T0304", "T03:04", "T03:04:05", "T030405", "T03:04:05.1", "T03:04:05,123456", "T03:04:05.1234567", "T030405.12", " 03:04", "X03:04:05"]
tzs = ["", "Z", "+05", "-0530", "+05:30", "-05:30:15", "+05:30:15.5", "+0530.5", "+05:3", "z", "+24:00", "-00:00"]
for i in range(1500):
    s = random.choice(bases) + random.choice(times) + (random.choice(tzs) if random.random() < 0.6 else "")
    r = random.random()
    if r < 0.35 and s:
        j = random.randrange(len(s))
        op = random.random()
        c = random.choice("0123456789-:T.,Z+ W")
        s = s[:j] + c + s[j + 1:] if op < 0.4 else (s[:j] + s[j + 1:] if op < 0.7 else s[:j] + c + s[j:])
    print(repr(s), t(lambda: datetime.fromisoformat(s)), t(lambda: date.fromisoformat(s)), t(lambda: time.fromisoformat(s[s.find("T") + 1:] if "T" in s else s[-8:])))
for s in ['03:04:', '0304x', '03:04:05.', '03:04.5', '03:04:05.123456xyz', '03:04:05.1234567+01:00', '03:04:05.123456x+01:00', '03x+01', '2024-01-02x', '2024010203', '2024-01-0', '03:04:05.12x', '+01:00', '', 'T', 'TZ', '2024-W01-', '2024-W0', '2024W0123', '2024W01234', '2024W012345', '2024-W01-1-', '٢٠٢٤-01-02']:
    for f in (time.fromisoformat, date.fromisoformat, lambda s: datetime.fromisoformat('2024-01-02T' + s), datetime.fromisoformat):
        print(repr(s), t(lambda: f(s)))
