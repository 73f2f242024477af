import random, time as T
from datetime import *
random.seed(12345)
out = []
for i in range(3000):
    o = random.randint(1, 3652059)
    d = date.fromordinal(o)
    assert d.toordinal() == o
    out.append((str(d), tuple(d.isocalendar()), d.weekday(), d.timetuple().tm_yday))
    y, w, wd = d.isocalendar()
    assert date.fromisocalendar(y, w, wd) == d
print(hash(tuple(out)) if False else len(out), out[:3], out[-3:])
print(sum(x[1][1] for x in out), sum(x[3] for x in out))
for i in range(300):
    kw = {}
    for k in ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"):
        r = random.random()
        if r < 0.3:
            kw[k] = random.randint(-10**6, 10**6)
        elif r < 0.6:
            kw[k] = random.uniform(-1000, 1000)
    try:
        td = timedelta(**kw)
        print(repr(td), td * 1.7, td / 3, td / 2.5, td // 7, td * -3)
    except OverflowError as e:
        print("OverflowError", e)
fmts = ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%a %b %d %H:%M:%S %Y", "%A %B %d %Y %j", "%Y %U %w", "%Y %W %a", "%G-W%V-%u", "%y%m%d%H%M%S", "%c", "%x %X", "%Y%j"]
for i in range(400):
    t = random.randint(-2208988800, 253402300799)
    tt = T.gmtime(t)
    f = random.choice(fmts)
    s = T.strftime(f, tt)
    try:
        r = T.strptime(s, f)
        print(s, "|", f, "|", tuple(r))
    except ValueError as e:
        print(s, "|", f, "| ValueError", e)
for i in range(200):
    t = random.randint(-2208988800, 253402300799) + random.randint(0, 999999) / 1e6
    tz = timezone(timedelta(minutes=random.randint(-1439, 1439)))
    d = datetime.fromtimestamp(t, tz)
    print(repr(d), d.isoformat(timespec=random.choice(["auto", "milliseconds", "minutes"])), d.timestamp() == round(t, 6), datetime.fromisoformat(d.isoformat()) == d)
